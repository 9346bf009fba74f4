package org.campfair.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.campfair.importing.internal.CsvEncoding;
import org.campfair.shared.RefusedChangeException;

/**
 * How an exported CSV file is written. UTF-8 with a byte order mark by default: Excel on
 * Japanese Windows opens a CSV without one as Shift_JIS and garbles it, and with one reads any
 * language. Shift_JIS (Windows' CP932) for older tools that read nothing else; what it cannot
 * hold (Hangul, many emoji) is refused with the file, line and character, never replaced by "?".
 * The import reads both.
 */
public enum ExportEncoding {

    UTF8_BOM,
    SHIFT_JIS;

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * The file's bytes in this encoding.
     *
     * @throws RefusedChangeException ("importing.export.notShiftJis": file, line, character)
     *     for a character Shift_JIS cannot hold
     */
    public byte[] encode(String fileName, String text) {
        if (this == UTF8_BOM) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[BYTE_ORDER_MARK.length + utf8.length];
            System.arraycopy(BYTE_ORDER_MARK, 0, bytes, 0, BYTE_ORDER_MARK.length);
            System.arraycopy(utf8, 0, bytes, BYTE_ORDER_MARK.length, utf8.length);
            return bytes;
        }
        var encoder = CsvEncoding.SHIFT_JIS.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException unmappable) {
            throw firstUnmappable(fileName, text);
        }
    }

    private static RefusedChangeException firstUnmappable(String fileName, String text) {
        var encoder = CsvEncoding.SHIFT_JIS.newEncoder();
        int line = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\n') {
                line++;
            } else if (!encoder.canEncode(new String(Character.toChars(codePoint)))) {
                return new RefusedChangeException("importing.export.notShiftJis", fileName, line,
                        new String(Character.toChars(codePoint)));
            }
        }
        // The encoder refused something it can encode one character at a time: say so plainly.
        return new RefusedChangeException("importing.export.notShiftJis", fileName, line, "?");
    }
}
