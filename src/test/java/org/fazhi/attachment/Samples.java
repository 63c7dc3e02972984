package org.fazhi.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, made in the test (no binary fixtures). */
public final class Samples {

    private Samples() {
    }

    /** A minimal but valid one-page PDF (catalog, pages, page, exact xref, trailer), plus {@code extraObject}. */
    public static byte[] pdf(String extraObject) {
        String[] objects = {"<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>",
                "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>", "<<" + extraObject + ">>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj ").append(objects[i]).append(" endobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer <</Size ").append(objects.length + 1).append(" /Root 1 0 R>>\nstartxref\n")
                .append(start).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] pdf() {
        return pdf("");
    }

    /** A 4×4 image written by ImageIO as {@code png}, {@code jpeg} or {@code gif}. */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xcc0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] docx(String text) {
        return written(new XWPFDocument(), doc -> doc.createParagraph().createRun().setText(text), XWPFDocument::write);
    }

    public static byte[] xlsx() {
        return written(new XSSFWorkbook(), book -> book.createSheet("进展").createRow(0).createCell(0)
                .setCellValue("已完成"), XSSFWorkbook::write);
    }

    /** A workbook from POI's streaming writer, whose ZIP64 data descriptors {@code ZipInputStream} cannot read. */
    public static byte[] streamedXlsx(int rows) {
        return written(new SXSSFWorkbook(), book -> {
            var sheet = book.createSheet("台账");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue("第" + r + "项已完成");
            }
        }, SXSSFWorkbook::write);
    }

    public static byte[] pptx() {
        return written(new XMLSlideShow(), XMLSlideShow::createSlide, XMLSlideShow::write);
    }

    public static byte[] xls() {
        return written(new HSSFWorkbook(), book -> book.createSheet("sheet").createRow(0).createCell(0)
                .setCellValue(1), HSSFWorkbook::write);
    }

    private interface Writer<D> {
        void write(D document, OutputStream out) throws IOException;
    }

    private static <D extends Closeable> byte[] written(D document, Consumer<D> fill, Writer<D> writer) {
        try (D doc = document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(doc);
            writer.write(doc, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP holding the given entries, each filled with {@code size} bytes of {@code fill}. */
    public static byte[] zip(long size, byte fill, String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, fill);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                for (long left = size; left > 0; left -= chunk.length) {
                    zip.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The start of a Windows executable (DOS header and stub). */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        return exe;
    }
}
