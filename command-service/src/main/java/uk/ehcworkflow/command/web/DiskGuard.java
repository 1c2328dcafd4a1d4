package uk.ehcworkflow.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.ehcworkflow.platform.disk.DataDisk;

/**
 * Refuses commands while the data folder's disk has no room ({@link DataDisk}), before any of them
 * reaches the store: the store never meets a full disk in the middle of a write, and reading goes on.
 */
@Configuration
class DiskGuard implements WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** Thrown when a command arrives while the disk has no room; answered 503. */
    static final class NoRoom extends RuntimeException {
        NoRoom(String reason) {
            super(reason);
        }
    }

    private final DataDisk disk;

    DiskGuard(DataDisk disk) {
        this.disk = disk;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                DataDisk.Trouble trouble = disk.trouble();
                if (trouble != null && !READS.contains(request.getMethod())) {
                    throw new NoRoom(trouble.reason());
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
