package uk.ehcworkflow.command.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * A backup at rest is an OpenPGP message encrypted with the operator's passphrase (RFC 4880:
 * AES-256, the key stretched by iterated and salted SHA-256, integrity-protected), so that a copy
 * taken off-site is no copy of anyone's name, and so that GnuPG opens it on any machine without
 * this service: {@code gpg --decrypt --passphrase-file FILE backup.zip.gpg > backup.zip}.
 */
final class BackupCipher {

    /** The most key stretching the format allows (65 MB hashed per try), as GnuPG's own default nearly is. */
    private static final int S2K_COUNT = 0xff;
    private static final int BUFFER = 1 << 16;

    private BackupCipher() {
    }

    /** The backup's contents could not be read: the passphrase is not the one it was written with. */
    static final class WrongPassphrase extends Exception {
        WrongPassphrase() {
            super("the passphrase does not open it");
        }
    }

    /** The encrypted file was changed or cut short since it was written. */
    static final class Damaged extends Exception {
        Damaged(String why) {
            super(why);
        }
    }

    static void encrypt(Path plain, Path encrypted, char[] passphrase) throws IOException {
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                        .setSecureRandom(new SecureRandom()));
        try {
            generator.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase,
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), S2K_COUNT));
            try (OutputStream file = Files.newOutputStream(encrypted);
                 OutputStream sealed = generator.open(file, new byte[BUFFER]);
                 OutputStream literal = new PGPLiteralDataGenerator().open(sealed, PGPLiteralData.BINARY,
                         plain.getFileName().toString(), new Date(Files.getLastModifiedTime(plain).toMillis()),
                         new byte[BUFFER]);
                 InputStream in = Files.newInputStream(plain)) {
                in.transferTo(literal);
            }
        } catch (PGPException e) {
            throw new IOException("The backup could not be encrypted: " + e.getMessage(), e);
        }
    }

    /** Decrypts a whole message into a file; only a message that decrypted whole and unaltered is left there. */
    static void decrypt(Path encrypted, Path plain, char[] passphrase) throws IOException, WrongPassphrase, Damaged {
        try (InputStream file = Files.newInputStream(encrypted); InputStream armoured = PGPUtil.getDecoderStream(file)) {
            PGPPBEEncryptedData data = encryptedData(new BcPGPObjectFactory(armoured));
            InputStream clear;
            try {
                clear = data.getDataStream(new BcPBEDataDecryptorFactory(passphrase, new BcPGPDigestCalculatorProvider()));
            } catch (PGPException wrong) {
                // The session key, sealed with the passphrase, opens as garbage: a wrong passphrase (or,
                // indistinguishably, damage to the file's first few dozen bytes).
                throw new WrongPassphrase();
            }
            Object content = new BcPGPObjectFactory(clear).nextObject();
            if (!(content instanceof PGPLiteralData literal)) {
                throw new WrongPassphrase();
            }
            try (InputStream in = literal.getInputStream()) {
                BackupFile.copy(in, plain);
            }
            if (data.isIntegrityProtected() && !data.verify()) {
                Files.deleteIfExists(plain);
                throw new Damaged("its contents fail the integrity check: it was damaged or changed after it was written");
            }
        } catch (PGPException | IOException | RuntimeException unreadable) {
            Files.deleteIfExists(plain);
            if (unreadable instanceof BackupFile.CannotWrite disk) {
                throw disk;
            }
            throw new Damaged("it cannot be read as an encrypted backup (" + unreadable.getMessage()
                    + "): it was damaged, cut short or is not a backup");
        }
    }

    /** What a file looks like from its first bytes. */
    enum Kind { ENCRYPTED, ZIP, NEITHER }

    /**
     * An encrypted backup starts with an OpenPGP passphrase packet (tag 3, in the old or the new
     * header form); a backup from before encryption starts as a zip does.
     */
    static Kind kind(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            if (start.length == 2 && start[0] == 'P' && start[1] == 'K') {
                return Kind.ZIP;
            }
            int tag = start.length == 0 ? -1 : start[0] & 0xff;
            return tag == 0x8c || tag == 0x8d || tag == 0x8e || tag == 0xc3 ? Kind.ENCRYPTED : Kind.NEITHER;
        }
    }

    private static PGPPBEEncryptedData encryptedData(BcPGPObjectFactory factory) throws IOException, Damaged {
        Object next = factory.nextObject();
        while (next != null && !(next instanceof PGPEncryptedDataList)) {
            next = factory.nextObject();
        }
        if (next instanceof PGPEncryptedDataList list && !list.isEmpty() && list.get(0) instanceof PGPPBEEncryptedData pbe) {
            return pbe;
        }
        throw new Damaged("it holds no passphrase-encrypted data: it is not a backup of this service");
    }
}
