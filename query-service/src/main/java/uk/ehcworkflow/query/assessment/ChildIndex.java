package uk.ehcworkflow.query.assessment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/**
 * The index that finds a child by name, or by when their record is due to be destroyed, without
 * opening every case (ADR 38). A record holding a child's details owes an entry for each of the
 * child's names, under a keyed hash of its first two letters cut to one byte, and one for the decade
 * they were born in, under a keyed hash of it. The key is kept with the children's keys, so the
 * index says nothing to whoever holds only the read store; and since several beginnings share each
 * hash, every record it finds is opened and checked before anyone is shown it.
 */
@Component
public class ChildIndex {

    /** The cases' entries, kept by the case projection. */
    public static final String CASES = "case_child_index";
    /** The registered plans' entries (a plan issued here holds its case's details), kept by the plan projection. */
    public static final String PLANS = "plan_child_index";

    /** Where the command store keeps the index's key, among the children's keys. */
    static final String KEY_ID = "child-index";
    private static final String NAME = "name|";
    private static final String BORN = "born|";
    /** How many letters of a name its entry is made from: the fewest a search may give. */
    static final int INDEXED_LETTERS = 2;
    /** Births before this decade are indexed as one: a date of birth that early is a mistake to be found too. */
    private static final int FIRST_DECADE = 1900;
    private static final String UNIT_OF_WORK_RESOURCE = ChildIndex.class.getName() + "/pending";

    /** An entry of the index: the record it finds, under the id its run is read by. */
    public record Entry(String key, String recordId) {

        public List<String> keys() {
            return List.of(key);
        }
    }

    private final PersonalDataKeys keys;
    private final ChildDetails children;
    private volatile byte[] indexKey;

    ChildIndex(PersonalDataKeys keys, ChildDetails children) {
        this.keys = keys;
        this.children = children;
    }

    /**
     * The entries a record owes for its child's details (none once erased, or with none), opened when
     * the batch being handled commits: the details of every record the batch touched are opened together,
     * with one look-up of their keys.
     */
    public Supplier<List<Entry>> owed(String recordId, SealedPersonalData sealed) {
        Pending pending = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(UNIT_OF_WORK_RESOURCE, key -> new Pending())
                : new Pending();
        pending.add(recordId, sealed);
        return () -> pending.owed(recordId);
    }

    /** The entries each record owes for the details it holds (null for none). */
    public Map<String, List<Entry>> owedBy(Map<String, SealedPersonalData> sealedByRecord) {
        Map<String, SealedPersonalData> held = new HashMap<>();
        sealedByRecord.forEach((recordId, sealed) -> {
            if (sealed != null) {
                held.put(recordId, sealed);
            }
        });
        Map<String, List<Entry>> owed = new HashMap<>();
        if (held.isEmpty()) {
            return owed;
        }
        Mac hash = hash();
        children.openedForIndex(held).forEach((recordId, details) -> owed.put(recordId, entries(hash, recordId, details)));
        return owed;
    }

    private static List<Entry> entries(Mac hash, String recordId, PersonalDetails details) {
        Set<String> keys = new LinkedHashSet<>();
        words(details.name()).forEach(word -> keys.add(nameKey(hash, word)));
        keys.add(bornKey(hash, decade(details.dateOfBirth().getYear())));
        return keys.stream().map(key -> new Entry(key, recordId)).toList();
    }

    /**
     * The runs of the index to read for what was typed, one for each word of two letters or more: a
     * record is a candidate when it is in every run. None when no word is long enough.
     */
    List<String> nameRuns(String typed) {
        Mac hash = hash();
        return words(typed).stream().filter(word -> word.length() >= INDEXED_LETTERS)
                .map(word -> nameKey(hash, word) + "|").distinct().toList();
    }

    /** The runs holding every child who may have been born on or before the day: their decades of birth, every one up to its own. */
    List<String> bornRuns(LocalDate bornBy) {
        Mac hash = hash();
        List<String> runs = new ArrayList<>();
        for (int decade = FIRST_DECADE - 10; decade <= decade(bornBy.getYear()); decade += 10) {
            runs.add(bornKey(hash, decade) + "|");
        }
        return runs;
    }

    /**
     * Whether a name answers what was typed: each word typed begins one of the name's words, ignoring
     * case, accents and apostrophes ({@code "o'bri"} finds O'Brien, {@code "noel sm"} finds Noëlle Smith-Jones).
     */
    public static boolean matches(String name, String typed) {
        List<String> wanted = words(typed);
        List<String> names = words(name);
        return !wanted.isEmpty() && wanted.stream().allMatch(word -> names.stream().anyMatch(named -> named.startsWith(word)));
    }

    /** Whether what was typed can be looked for by name: at least one word of two letters. */
    public static boolean searchable(String typed) {
        return words(typed).stream().anyMatch(word -> word.length() >= INDEXED_LETTERS);
    }

    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("['\u2019]", "").toLowerCase(Locale.UK);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String nameKey(Mac hash, String word) {
        return NAME + HexFormat.of().formatHex(hashed(hash, "name:" + word.substring(0, Math.min(INDEXED_LETTERS, word.length()))), 0, 1);
    }

    private static String bornKey(Mac hash, int decade) {
        return BORN + HexFormat.of().formatHex(hashed(hash, "born:" + Math.max(FIRST_DECADE - 10, decade)), 0, 2);
    }

    private static int decade(int year) {
        return Math.floorDiv(year, 10) * 10;
    }

    private static byte[] hashed(Mac hash, String value) {
        return hash.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private Mac hash() {
        byte[] key = indexKey;
        if (key == null) {
            key = keys.key(KEY_ID).orElseThrow(() -> new IllegalStateException(
                    "The key store holds no key for the child index (" + KEY_ID + "): the command store's migrations have not run"));
            indexKey = key;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The records a batch touched, opened together the first time one of them is asked for. */
    private final class Pending {

        private final Map<String, SealedPersonalData> sealed = new LinkedHashMap<>();
        private final Map<String, List<Entry>> owed = new HashMap<>();
        private final Set<String> opened = new LinkedHashSet<>();

        synchronized void add(String recordId, SealedPersonalData details) {
            sealed.put(recordId, details);
            opened.remove(recordId);
        }

        synchronized List<Entry> owed(String recordId) {
            if (!opened.contains(recordId)) {
                Map<String, SealedPersonalData> toOpen = new HashMap<>();
                sealed.forEach((id, details) -> {
                    if (!opened.contains(id)) {
                        toOpen.put(id, details);
                    }
                });
                owed.keySet().removeAll(toOpen.keySet());
                owed.putAll(owedBy(toOpen));
                opened.addAll(toOpen.keySet());
            }
            return owed.getOrDefault(recordId, List.of());
        }
    }
}
