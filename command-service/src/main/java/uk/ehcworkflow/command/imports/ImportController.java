package uk.ehcworkflow.command.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/** Administrators start an area on the service from the SEN2 return it last sent. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    /** Far more than a county's return (some 15 MB for 5,000 children), so a stray upload cannot fill the heap. */
    static final long MOST_BYTES = 100L * 1024 * 1024;

    private final Sen2Import imports;
    private final CommandSender commands;

    ImportController(Sen2Import imports, CommandSender commands) {
        this.imports = imports;
        this.commands = commands;
    }

    @PostMapping(path = "/sen2", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ImportReport sen2(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest http) throws IOException {
        return imports.run(new AtMost(http.getInputStream()), dryRun, command -> commands.send(command, http));
    }

    /** The body read up to {@link #MOST_BYTES}, and refused beyond it before anything is recorded. */
    private static final class AtMost extends FilterInputStream {

        private long read;

        AtMost(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > MOST_BYTES) {
                throw new InvalidRequestException("body", "A return of more than " + MOST_BYTES / (1024 * 1024)
                        + " MB is not one this service takes.");
            }
        }
    }
}
