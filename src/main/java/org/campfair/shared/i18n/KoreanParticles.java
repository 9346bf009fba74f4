package org.campfair.shared.i18n;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles after a filled-in name: "{0}은(는)" becomes "김민준은" or "Emma는", chosen by
 * whether the name's last sound ends in a consonant (batchim), as a Korean reader says it.
 * Hangul syllables tell it exactly; digits by their Korean reading (0 영, 1 일, 3 삼, 6 육, 7 칠,
 * 8 팔 end in one); Latin letters by the usual reading of loanwords (a final l, m, n or ng is
 * kept as a batchim, "Tom" 톰, "Ken" 켄; other endings take a vowel, "Mark" 마크, "csv" 브이).
 * Anything else keeps the neutral "은(는)" form. Written here because it is a dozen lines of
 * Korean grammar, not a library's job.
 */
final class KoreanParticles {

    private static final Pattern PARTICLE_AFTER_ARGUMENT =
            Pattern.compile("\\{(\\d+)\\}(은\\(는\\)|이\\(가\\)|을\\(를\\)|와\\(과\\)|과\\(와\\))");

    private KoreanParticles() {
    }

    /** The pattern with each particle after a simple {@code {n}} argument chosen for that argument. */
    static String choose(String pattern, Object... arguments) {
        Matcher matcher = PARTICLE_AFTER_ARGUMENT.matcher(pattern);
        var chosen = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String particle = matcher.group(2);
            Boolean batchim = index < arguments.length && arguments[index] != null
                    ? endsInConsonant(String.valueOf(arguments[index])) : null;
            String replacement = batchim == null ? particle : pick(particle, batchim);
            matcher.appendReplacement(chosen, Matcher.quoteReplacement("{" + index + "}" + replacement));
        }
        matcher.appendTail(chosen);
        return chosen.toString();
    }

    private static String pick(String particle, boolean batchim) {
        return switch (particle) {
            case "은(는)" -> batchim ? "은" : "는";
            case "이(가)" -> batchim ? "이" : "가";
            case "을(를)" -> batchim ? "을" : "를";
            default -> batchim ? "과" : "와"; // 와(과) and 과(와)
        };
    }

    /** Whether the text's last sound ends in a consonant; null when it cannot be told. */
    static Boolean endsInConsonant(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if (last >= '가' && last <= '힣') {
            return (last - '가') % 28 != 0;
        }
        if (last >= '0' && last <= '9') {
            return "013678".indexOf(last) >= 0;
        }
        char letter = Character.toLowerCase(last);
        if (letter >= 'a' && letter <= 'z') {
            return letter == 'l' || letter == 'm' || letter == 'n' || trimmed.toLowerCase().endsWith("ng");
        }
        return null;
    }
}
