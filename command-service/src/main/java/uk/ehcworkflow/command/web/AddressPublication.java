package uk.ehcworkflow.command.web;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.embedded.CommandServiceAddressFile;

/** Tells the pages, through the data folder, where to send commands once this service takes them. */
@Component
class AddressPublication implements ApplicationListener<ApplicationReadyEvent> {

    private final Path dataDir;
    private final String address;

    AddressPublication(@Value("${ehc.data-dir}") Path dataDir, @Value("${server.address:127.0.0.1}") String address) {
        this.dataDir = dataDir;
        this.address = address;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer().getPort() > 0) {
            CommandServiceAddressFile.write(dataDir, "http://" + address + ":" + web.getWebServer().getPort());
        }
    }
}
