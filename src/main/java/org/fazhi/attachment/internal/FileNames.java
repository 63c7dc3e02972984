package org.fazhi.attachment.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fazhi.platform.DomainException;

/**
 * The uploader's file name, kept as given but made harmless: no directories, no control or direction-override
 * characters (which can make {@code exe.pdf} read as {@code fdp.exe}), at most {@value #MAX_LENGTH} characters
 * with the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final Pattern EXTENSION = Pattern.compile("(?i)[a-z0-9]{0,4}[a-z][a-z0-9]{0,4}");

    private FileNames() {
    }

    /** The cleaned name; refuses one that is blank once cleaned ({@code error.attachment.noName}). */
    static String clean(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::visible).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new DomainException("error.attachment.noName");
        }
        return shorten(name);
    }

    /** The extension the name declares (lower case, no dot), if it has one that looks like an extension. */
    static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        return EXTENSION.matcher(ext).matches() ? Optional.of(ext.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** {@code name} with {@code .ext} added when it declares no extension. */
    static String withExtension(String name, String ext) {
        return extension(name).isPresent() ? name : shorten(name + "." + ext);
    }

    private static boolean visible(int cp) {
        int type = Character.getType(cp);
        return !Character.isISOControl(cp) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name).map(e -> "." + e).orElse("");
        String base = name.substring(0, name.length() - ext.length());
        int keep = MAX_LENGTH - ext.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + ext;
    }
}
