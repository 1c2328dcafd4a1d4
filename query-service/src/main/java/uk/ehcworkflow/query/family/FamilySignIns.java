package uk.ehcworkflow.query.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.mail.Mailbox;
import uk.ehcworkflow.query.assessment.FamilyContacts;

/**
 * A family member's sign-in in the embedded default (ADR 43): the address typed, if it holds an
 * invitation, is sent a link and a six-digit code, each good once and for {@link #GOOD_FOR}. The
 * link works in any browser; the code only in the browser that asked for it, and for
 * {@link #CODE_TRIES} tries. Only hashes of the link and code are kept, in memory: a restart asks
 * the family to sign in again, nothing more. Whether an address holds an invitation is never told.
 */
@Component
class FamilySignIns {

    private static final Logger log = LoggerFactory.getLogger(FamilySignIns.class);
    /** Long enough to find the email on another device; short enough that an old email opens nothing. */
    static final Duration GOOD_FOR = Duration.ofMinutes(15);
    static final int CODE_TRIES = 5;
    /** Links sent to one address in an hour at most: enough for a lost email or two, too few to flood a mailbox. */
    static final int SENDS_AN_HOUR = 5;

    private final Function<String, String> digestOf;
    private final Predicate<String> invited;
    private final Mailbox mailbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** By the hash of the link's token. */
    private final Map<String, Pending> byLink = new ConcurrentHashMap<>();
    /** By the session that asked. */
    private final Map<String, Pending> bySession = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    private static final class Pending {
        private final String contactDigest;
        private final String linkHash;
        private final String codeHash;
        private final Instant until;
        private int tries;

        private Pending(String contactDigest, String linkHash, String codeHash, Instant until) {
            this.contactDigest = contactDigest;
            this.linkHash = linkHash;
            this.codeHash = codeHash;
            this.until = until;
        }
    }

    @Autowired
    FamilySignIns(FamilyContacts contacts, FamilyCases cases, Mailbox mailbox, Clock clock) {
        this(contacts::digest, digest -> !cases.heldBy(digest).isEmpty(), mailbox, clock);
    }

    /**
     * @param digestOf an address's keyed hash
     * @param invited  whether the address with this hash holds an invitation it may still use
     */
    FamilySignIns(Function<String, String> digestOf, Predicate<String> invited, Mailbox mailbox, Clock clock) {
        this.digestOf = digestOf;
        this.invited = invited;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    /**
     * Emails a link and a code to the address if it holds an invitation it may still use; otherwise
     * does nothing, and the page says the same either way.
     *
     * @throws MailException when the mail server refused it or could not be reached: the page says so
     */
    void start(String email, String sessionId) {
        String digest = digestOf.apply(email);
        if (!invited.test(digest) || !mayBeSentTo(digest)) {
            return;
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        String code = String.format("%06d", random.nextInt(1_000_000));
        Pending pending = new Pending(digest, hash(token), hash(sessionId + "|" + code), clock.instant().plus(GOOD_FOR));
        mailbox.send(email.strip(), "Your sign-in link", String.join("\n",
                "Hello,",
                "",
                "To sign in and see where your assessment is, open this link:",
                mailbox.settings().link("/family/sign-in/" + token),
                "",
                "Or type this code on the page where you asked to sign in: " + code,
                "",
                "The link and the code work once, for the next " + GOOD_FOR.toMinutes() + " minutes.",
                "",
                "If you did not ask to sign in, you can ignore this email: nobody can sign in without it."));
        forget();
        bySession.put(sessionId, pending);
        byLink.put(pending.linkHash, pending);
        log.info("A family sign-in link was sent");
    }

    /** The address the link was sent to, once, within its time. */
    Optional<String> byLink(String token) {
        Pending pending = byLink.remove(hash(token));
        if (pending == null || clock.instant().isAfter(pending.until)) {
            return Optional.empty();
        }
        bySession.values().remove(pending);
        return Optional.of(pending.contactDigest);
    }

    /** The address the code was sent to, in the browser that asked, once, within its time and tries. */
    Optional<String> byCode(String sessionId, String code) {
        Pending pending = bySession.get(sessionId);
        if (pending == null || clock.instant().isAfter(pending.until)) {
            return Optional.empty();
        }
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!MessageDigest.isEqual(hash(sessionId + "|" + typed).getBytes(StandardCharsets.US_ASCII),
                pending.codeHash.getBytes(StandardCharsets.US_ASCII))) {
            synchronized (pending) {
                if (++pending.tries >= CODE_TRIES) {
                    bySession.remove(sessionId);
                    byLink.remove(pending.linkHash);
                }
            }
            return Optional.empty();
        }
        bySession.remove(sessionId);
        byLink.remove(pending.linkHash);
        return Optional.of(pending.contactDigest);
    }

    private boolean mayBeSentTo(String digest) {
        Instant now = clock.instant();
        Deque<Instant> times = sent.computeIfAbsent(digest, any -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
                times.removeFirst();
            }
            if (times.size() >= SENDS_AN_HOUR) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Drops what can no longer be used, so that memory holds only the last quarter of an hour's sign-ins. */
    private void forget() {
        Instant now = clock.instant();
        byLink.values().removeIf(pending -> now.isAfter(pending.until));
        bySession.values().removeIf(pending -> now.isAfter(pending.until));
        sent.values().removeIf(times -> {
            synchronized (times) {
                return times.isEmpty() || times.peekLast().isBefore(now.minus(Duration.ofHours(1)));
            }
        });
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
