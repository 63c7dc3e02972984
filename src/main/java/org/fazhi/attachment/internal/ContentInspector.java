package org.fazhi.attachment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.fazhi.attachment.AttachmentProperties;
import org.fazhi.attachment.FileKind;
import org.fazhi.platform.DomainException;

/**
 * Checks an uploaded file before it is stored — by its bytes, never by its name (pure Java, no Spring):
 * <ul>
 *   <li>at most {@code maxSize} bytes, read no further than one byte past the limit
 *       ({@code error.attachment.tooLarge}, argument: the limit in MB); not empty
 *       ({@code error.attachment.empty});</li>
 *   <li>the type from the first bytes: PDF, PNG, JPEG, GIF, the OLE2 Office formats (DOC, XLS, PPT), the ZIP-based
 *       ones (DOCX, XLSX, PPTX, OFD); anything else — executables, scripts, HTML, plain text, other archives — is
 *       refused ({@code error.attachment.typeNotAllowed}, argument: the name);</li>
 *   <li>a name whose extension says another type is refused ({@code error.attachment.nameMismatch}: name, kind),
 *       since the user who downloads it expects what the name says; a name without extension gets one;</li>
 *   <li>archive bombs ({@link ZipInspector}), macros and PDF scripts ({@link PdfInspector}) are refused.</li>
 * </ul>
 */
public final class ContentInspector {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final long maxBytes;
    private final ZipInspector zip;

    public ContentInspector(AttachmentProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
        this.zip = new ZipInspector(properties.unpackedLimit(), properties.maxEntries(), properties.maxRatio());
    }

    /** Reads and checks one file; the result holds its bytes, detected kind, cleaned name and SHA-256. */
    public InspectedFile inspect(String fileName, InputStream content) {
        String name = FileNames.clean(fileName);
        byte[] bytes = read(content);
        FileKind kind = kindOf(bytes, name);
        FileNames.extension(name).filter(ext -> !kind.agreesWith(ext)).ifPresent(ext -> {
            throw new DomainException("error.attachment.nameMismatch", name, kind.name());
        });
        return new InspectedFile(FileNames.withExtension(name, kind.extension()), kind, bytes, sha256(bytes));
    }

    public long maxBytes() {
        return maxBytes;
    }

    private byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > maxBytes) {
                throw new DomainException("error.attachment.tooLarge", megabytes(maxBytes));
            }
            if (bytes.length == 0) {
                throw new DomainException("error.attachment.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileKind kindOf(byte[] bytes, String name) {
        if (startsWith(bytes, PDF)) {
            if (PdfInspector.hasActiveContent(bytes)) {
                throw new DomainException("error.attachment.activeContent", name);
            }
            return FileKind.PDF;
        }
        if (startsWith(bytes, PNG)) {
            return FileKind.PNG;
        }
        if (startsWith(bytes, JPEG)) {
            return FileKind.JPEG;
        }
        if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
            return FileKind.GIF;
        }
        if (startsWith(bytes, OLE2)) {
            return Ole2Inspector.kindOf(bytes, name);
        }
        if (startsWith(bytes, ZIP)) {
            return zip.kindOf(bytes, name);
        }
        throw notAllowed(name);
    }

    /** The limit as users read it: "20", "0.5" (MB, never with digit grouping). */
    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static DomainException notAllowed(String name) {
        return new DomainException("error.attachment.typeNotAllowed", name);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
