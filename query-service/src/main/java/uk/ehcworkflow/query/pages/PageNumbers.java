package uk.ehcworkflow.query.pages;

import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import uk.ehcworkflow.query.common.Paging;

/**
 * A long list's pages on a page: which one the address asks for, and the GOV.UK pagination's
 * links to the pages either side, keeping the list's other filters.
 */
public final class PageNumbers {

    private PageNumbers() {
    }

    /** The page the address asks for: it comes from a link, not a box, so a value that is no use means the first. */
    public static Paging asked(Map<String, String> query) {
        String typed = query.get("page");
        try {
            return new Paging(typed == null ? 1 : Math.max(1, Integer.parseInt(typed.strip())), Paging.DEFAULT_SIZE);
        } catch (NumberFormatException notANumber) {
            return Paging.first();
        }
    }

    /** Puts {@code previous} and {@code next} in the model: the links either side, or null at either end. */
    public static void links(Model model, String path, Map<String, String> query, Paging paging, long total) {
        int page = paging.page();
        model.addAttribute("previous", page > 1 ? link(path, query, "page", String.valueOf(page - 1)) : null);
        model.addAttribute("next", page < paging.pages(total) ? link(path, query, "page", String.valueOf(page + 1)) : null);
    }

    /** The path with the query's parameters, one of them set to a value. */
    public static String link(String path, Map<String, String> query, String name, String value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        query.forEach((key, given) -> {
            if (!key.equals(name) && !key.startsWith("_")) {
                link.queryParam(key, given);
            }
        });
        return link.queryParam(name, value).encode().build().toUriString();
    }
}
