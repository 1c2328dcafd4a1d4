package uk.ehcworkflow.query.letter;

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
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.logging.Level;
import java.util.List;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Writes a letter as accessible HTML, from the area's templates where it has put its own in its
 * letters folder ({@code ehc.letters.templates-dir}) and from those shipped otherwise, and as a
 * tagged PDF of that HTML with its fonts embedded. The same letter on the same day is the same
 * bytes every time (ADR 39): the PDF's dates and identifier come from the letter, not the clock,
 * so a hash of the letter as sent can be checked against it again.
 */
@Component
public class LetterWriter {

    /** The fonts every PDF embeds: DejaVu Sans, which has the glyphs of any name a family may have. */
    private static final List<Font> FONTS = List.of(new Font("DejaVuSans.ttf", 400), new Font("DejaVuSans-Bold.ttf", 700));
    private static final String FONT_FOLDER = "net/sf/jasperreports/fonts/dejavu/";
    private static final String PRODUCER = "ehc-workflow";

    /** Spring's expressions, as in the pages, without the pages' templates or their settings. */
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    static {
        // The PDF library writes to the console by default, every step at INFO; its warnings belong in the service's log.
        XRLog.setLoggerImpl(new WarningsToTheLog());
        // PDFBox would look for the 14 standard PDF fonts among the machine's own, and write what it found to a
        // cache in the home folder: the letters embed their font, so the service neither reads nor writes any other.
        FontMappers.set(new OnlyTheLettersFont());
    }

    LetterWriter(@Value("${ehc.letters.templates-dir:}") String areaTemplates) {
        if (!areaTemplates.isBlank()) {
            FileTemplateResolver area = new FileTemplateResolver();
            area.setPrefix(Path.of(areaTemplates).toAbsolutePath() + "/");
            configure(area, 1);
            area.setCheckExistence(true);
            templates.addTemplateResolver(area);
        }
        ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver();
        shipped.setPrefix("letters/");
        configure(shipped, 2);
        templates.addTemplateResolver(shipped);
    }

    private static void configure(org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver resolver, int order) {
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(false); // an area's change to a template shows in the next letter
        resolver.setOrder(order);
    }

    /** The letter as an HTML page, well-formed XML so that the PDF is made from exactly it. */
    public String html(Letter letter) {
        Context context = new Context(Locale.UK);
        context.setVariable("letter", letter);
        context.setVariable("area", letter.area());
        return templates.process(letter.notice().template(), context);
    }

    /** The letter as a tagged PDF (PDF/UA), the same bytes for the same letter. */
    public byte[] pdf(Letter letter) {
        String html = html(letter);
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true)
                .withProducer(PRODUCER).withHtmlContent(html, null);
        FONTS.forEach(font -> builder.useFont(() -> font.open(), "DejaVu Sans", font.weight(), FontStyle.NORMAL, true));
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument document = renderer.createPDFKeepOpen();
            try (document) {
                fixIdentity(document, letter, html);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The letter " + letter.letterId() + " could not be written as PDF", e);
        }
    }

    /** The PDF's dates are the letter's date and its identifier a hash of its HTML, where PDFBox would use the clock. */
    private static void fixIdentity(PDDocument document, Letter letter, String html) {
        PDDocumentInformation info = document.getDocumentInformation();
        GregorianCalendar dated = GregorianCalendar.from(letter.letterOn().atStartOfDay(ZoneOffset.UTC));
        info.setCreationDate(dated);
        info.setModificationDate(dated);
        info.setProducer(PRODUCER);
        byte[] id = Arrays.copyOf(sha256(html.getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The SHA-256 digest of some bytes: of a letter's HTML for its PDF's identifier, of its PDF for the record of it as sent. */
    static byte[] sha256(byte[] bytes) {
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

    /** Every font PDFBox is asked to find is the letters' own regular one, loaded once: by design, so not a fallback to warn of. */
    private static final class OnlyTheLettersFont implements FontMapper {

        private final TrueTypeFont regular;

        OnlyTheLettersFont() {
            try (InputStream file = FONTS.get(0).open()) {
                regular = new TTFParser().parse(new RandomAccessReadBuffer(file));
            } catch (IOException e) {
                throw new UncheckedIOException("The letters' font could not be read", e);
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
            InputStream font = LetterWriter.class.getClassLoader().getResourceAsStream(FONT_FOLDER + file);
            if (font == null) {
                throw new IllegalStateException("The font " + file + " is missing from the service's jar");
            }
            return font;
        }
    }
}
