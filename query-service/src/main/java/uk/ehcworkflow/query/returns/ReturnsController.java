package uk.ehcworkflow.query.returns;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SEN2 return over the API: the return for the people who make it (the returns role) and
 * administrators; its validation for them and for the case officers who fix what it finds.
 */
@RestController
class ReturnsController {

    private final Sen2Answers answers;

    ReturnsController(Sen2Answers answers) {
        this.answers = answers;
    }

    @GetMapping("/api/returns/sen2")
    void sen2(@RequestParam(required = false) Integer year, @RequestParam(required = false) String asOf,
              @RequestParam(required = false) String format, @RequestParam(required = false) String module,
              HttpServletRequest request, HttpServletResponse response) throws IOException {
        answers.sen2(year, asOf, format, module, request, response);
    }

    @GetMapping("/api/returns/sen2/validation")
    Sen2Answers.Validation validation(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String asOf, HttpServletRequest request)
            throws IOException {
        return answers.validation(year, asOf, request);
    }
}
