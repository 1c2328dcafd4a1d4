package uk.ehcworkflow.command.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {

    @Test
    void the_least_recently_used_aggregate_is_let_go_once_the_cache_is_full() {
        Cache cache = new RecentlyUsed(2);
        cache.put("case-1", "one");
        cache.put("case-2", "two");
        cache.get("case-1");

        cache.put("case-3", "three");

        assertThat(cache.containsKey("case-1")).isTrue();
        assertThat(cache.containsKey("case-2")).isFalse();
        assertThat(cache.<String, String>get("case-3")).isEqualTo("three");
    }

    @Test
    void aggregates_stay_however_much_garbage_is_collected() {
        Cache cache = new RecentlyUsed(10);
        cache.put("case-1", new Object());

        System.gc();

        assertThat(cache.containsKey("case-1")).isTrue();
    }

    @Test
    void listeners_hear_of_entries_let_go_and_removed() {
        Cache cache = new RecentlyUsed(1);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });
        cache.put("case-1", "one");
        cache.put("case-2", "two");
        cache.remove("case-2");

        assertThat(heard).containsExactly("expired case-1", "removed case-2");
    }
}
