package org.campfair.importing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.campfair.importing.CampFileRefusedException;

/**
 * Turns an uploaded CSV file's bytes into text. Spreadsheets save CSV as UTF-8 (Excel's
 * "CSV UTF-8" adds a byte order mark) or, in Japan, as Shift_JIS, which Excel and Windows
 * write as Microsoft's variant windows-31j (with NEC and IBM extensions such as ① and ㈱).
 * Valid UTF-8 wins; otherwise windows-31j is tried; a file that is neither is refused with
 * its name, never imported as mojibake.
 */
public final class CsvEncoding {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private CsvEncoding() {
    }

    /**
     * The text of the file.
     *
     * @throws IllegalArgumentException naming the file when it is neither UTF-8 nor Shift_JIS
     */
    public static String decode(String fileName, byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return strict(StandardCharsets.UTF_8, Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length), fileName);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return strict(StandardCharsets.UTF_16LE, Arrays.copyOfRange(bytes, 2, bytes.length), fileName);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return strict(StandardCharsets.UTF_16BE, Arrays.copyOfRange(bytes, 2, bytes.length), fileName);
        }
        String utf8 = tryDecode(StandardCharsets.UTF_8, bytes);
        if (utf8 != null) {
            return utf8;
        }
        String shiftJis = tryDecode(SHIFT_JIS, bytes);
        if (shiftJis != null && !shiftJis.contains("\u0000")) {
            return shiftJis;
        }
        throw new CampFileRefusedException("importing.problem.encoding", fileName);
    }

    private static String strict(Charset charset, byte[] bytes, String fileName) {
        String text = tryDecode(charset, bytes);
        if (text == null) {
            throw new CampFileRefusedException("importing.problem.byteOrderMark", fileName, charset.name());
        }
        return text;
    }

    private static String tryDecode(Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
