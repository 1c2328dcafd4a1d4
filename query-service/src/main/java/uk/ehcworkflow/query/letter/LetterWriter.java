package uk.ehcworkflow.query.letter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import uk.ehcworkflow.query.common.TaggedPdf;

/**
 * Writes a letter as accessible HTML, from the area's templates where it has put its own in its
 * letters folder ({@code ehc.letters.templates-dir}) and from those shipped otherwise, and as a
 * tagged PDF of that HTML with its fonts embedded. The same letter on the same day is the same
 * bytes every time (ADR 39): the PDF's dates and identifier come from the letter, not the clock,
 * so a hash of the letter as sent can be checked against it again.
 */
@Component
public class LetterWriter {

    /** Spring's expressions, as in the pages, without the pages' templates or their settings. */
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

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
        return TaggedPdf.of(html(letter), letter.letterOn());
    }

    /** The SHA-256 digest of a letter's PDF, for the record of it as sent. */
    static byte[] sha256(byte[] pdf) {
        return TaggedPdf.sha256(pdf);
    }
}
