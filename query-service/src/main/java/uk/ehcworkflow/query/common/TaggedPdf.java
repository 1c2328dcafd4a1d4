package uk.ehcworkflow.query.common;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.logging.Level;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a well-formed HTML page as a tagged PDF (PDF/UA) with DejaVu Sans embedded: letters to
 * families and reports to boards. The same page and date give the same bytes, so a document can be
 * proved to be the one sent by its hash.
 */
public final class TaggedPdf {

    /** The fonts every PDF embeds: DejaVu Sans, which has the glyphs of any name a family may have. */
    private static final List<Font> FONTS = List.of(new Font("DejaVuSans.ttf", 400), new Font("DejaVuSans-Bold.ttf", 700));
    private static final String FONT_FOLDER = "net/sf/jasperreports/fonts/dejavu/";
    private static final String PRODUCER = "ehc-workflow";

    static {
        // The PDF library writes to the console by default, every step at INFO; its warnings belong in the service's log.
        XRLog.setLoggerImpl(new WarningsToTheLog());
        // PDFBox would look for the 14 standard PDF fonts among the machine's own, and write what it found to a
        // cache in the home folder: the PDFs embed their font, so the service neither reads nor writes any other.
        FontMappers.set(new OnlyTheEmbeddedFont());
    }

    private TaggedPdf() {
    }

    /** The page as a tagged PDF (PDF/UA), dated that day: the same bytes for the same page and day. */
    public static byte[] of(String html, LocalDate dated) {
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true)
                .withProducer(PRODUCER).withHtmlContent(html, null);
        FONTS.forEach(font -> builder.useFont(() -> font.open(), "DejaVu Sans", font.weight(), FontStyle.NORMAL, true));
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument document = renderer.createPDFKeepOpen();
            try (document) {
                fixIdentity(document, dated, html);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A page dated " + dated + " could not be written as PDF", e);
        }
    }

    /** The PDF's dates are the page's date and its identifier a hash of its HTML, where PDFBox would use the clock. */
    private static void fixIdentity(PDDocument document, LocalDate day, String html) {
        PDDocumentInformation info = document.getDocumentInformation();
        GregorianCalendar dated = GregorianCalendar.from(day.atStartOfDay(ZoneOffset.UTC));
        info.setCreationDate(dated);
        info.setModificationDate(dated);
        info.setProducer(PRODUCER);
        byte[] id = Arrays.copyOf(sha256(html.getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The SHA-256 digest of some bytes: of a page's HTML for its PDF's identifier, of a letter's PDF for the record of it as sent. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The PDF library's warnings and errors, in the service's log under its own name; nothing below a warning. */
    private static final class WarningsToTheLog implements XRLogger {

        private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable problem) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                LOG.error("{}: {}", where, message, problem);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                LOG.warn("{}: {}", where, message, problem);
            }
        }

        @Override
        public void setLevel(String where, Level level) {
            // the service's logging settings decide
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }

    /** Every font PDFBox is asked to find is the PDFs' own regular one, loaded once: by design, so not a fallback to warn of. */
    private static final class OnlyTheEmbeddedFont implements FontMapper {

        private final TrueTypeFont regular;

        OnlyTheEmbeddedFont() {
            try (InputStream file = FONTS.get(0).open()) {
                regular = new TTFParser().parse(new RandomAccessReadBuffer(file));
            } catch (IOException e) {
                throw new UncheckedIOException("The PDFs' font could not be read", e);
            }
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String name, PDFontDescriptor descriptor) {
            return new FontMapping<>(regular, false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String name, PDFontDescriptor descriptor) {
            return new FontMapping<>(regular, false);
        }

        @Override
        public CIDFontMapping getCIDFont(String name, PDFontDescriptor descriptor, PDCIDSystemInfo system) {
            return new CIDFontMapping(null, regular, false);
        }
    }

    private record Font(String file, int weight) {

        InputStream open() {
            InputStream font = TaggedPdf.class.getClassLoader().getResourceAsStream(FONT_FOLDER + file);
            if (font == null) {
                throw new IllegalStateException("The font " + file + " is missing from the service's jar");
            }
            return font;
        }
    }
}
