package org.fazhi.attachment.internal;

import java.io.ByteArrayInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.fazhi.attachment.FileKind;
import org.fazhi.platform.DomainException;

/**
 * Tells the old binary Office formats apart inside an OLE2 compound file (also used by installers and mail
 * files, which are refused): {@code WordDocument} → DOC, {@code Workbook}/{@code Book} → XLS,
 * {@code PowerPoint Document} → PPT. A password-protected Office file ({@code EncryptedPackage}) is refused
 * with {@code error.attachment.encrypted}; one with VBA macros with {@code error.attachment.activeContent}.
 */
final class Ole2Inspector {

    private Ole2Inspector() {
    }

    static FileKind kindOf(byte[] bytes, String fileName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw new DomainException("error.attachment.encrypted", fileName);
            }
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
                throw new DomainException("error.attachment.activeContent", fileName);
            }
            if (root.hasEntry("WordDocument")) {
                return FileKind.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return FileKind.XLS;
            }
            if (root.hasEntry("PowerPoint Document")) {
                return FileKind.PPT;
            }
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            // POI refuses a damaged or hostile compound file with many exception types
            throw ContentInspector.notAllowed(fileName);
        }
        throw ContentInspector.notAllowed(fileName);
    }
}
