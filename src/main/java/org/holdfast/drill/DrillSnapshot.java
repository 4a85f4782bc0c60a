package org.holdfast.drill;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.holdfast.audit.LogCheck;
import org.holdfast.caseload.CaseloadFilter;
import org.holdfast.caseload.CaseloadRow;
import org.holdfast.caseload.CaseloadService;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.ClientSummary;
import org.holdfast.journal.ChainVerification;
import org.holdfast.journal.ContactLog;
import org.holdfast.journal.EvidenceCheck;
import org.holdfast.journal.JournalItem;
import org.holdfast.journal.JournalService;
import org.holdfast.security.AccountService;
import org.holdfast.security.AccountService.AccountSummary;
import org.holdfast.security.Role;
import org.holdfast.shared.Words;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar holdfast.jar drill-snapshot FILE}: the restore drill's view of a database. It signs in as the
 * practice manager, each clinician and one client the way the log-in form would (password factor, issued now) and
 * asks the services what their screens ask, so access rules, consent and the figures' queries all take part. What
 * it writes is deterministic for a given database and day: ids, counts, dates and SHA-256 hashes, never a name or
 * an entry, so the file can sit in a CI log.
 * <p>
 * The reads are audited like any read (as the users it acts as): run it on a restored copy or the demo, not on the
 * live practice. The log check comes first, so those audit rows never change what is compared; they wait outside
 * the log as "pending", which the snapshot leaves out.
 */
@Component
public class DrillSnapshot {

    private static final int ALL = 100_000;

    private final EvidenceCheck evidence;
    private final AccountService accounts;
    private final ClientService clients;
    private final CaseloadService caseload;
    private final JournalService journal;
    private final UserDetailsService users;
    private final Clock clock;
    private final String manager;

    DrillSnapshot(EvidenceCheck evidence, AccountService accounts, ClientService clients, CaseloadService caseload,
            JournalService journal, UserDetailsService users, Clock clock,
            DrillSettings settings) {
        this.evidence = evidence;
        this.accounts = accounts;
        this.clients = clients;
        this.caseload = caseload;
        this.journal = journal;
        this.users = users;
        this.clock = clock;
        this.manager = settings.manager();
    }

    public List<String> take() {
        List<String> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        out.add("Holdfast drill snapshot for " + today + " (ids, figures and SHA-256 hashes; no names or entries)");

        // First, before any audited read below adds to the audit log.
        LogCheck check = evidence.verify();
        out.add("verification: " + (check.intact() ? "intact" : "NOT intact: " + check.problem()) + "; "
                + Words.count(check.events(), "event", "events") + " under " + Words.count(check.heads(), "signed head", "signed heads")
                + "; " + Words.count(check.records(), "contact-attempt record matches", "contact-attempt records match") + " the log");

        List<AccountSummary> everyone = as(manager, () -> accounts.list(PageRequest.of(0, ALL)).getContent());
        List<ClientSummary> practice = as(manager, () -> clients.practiceClients("", PageRequest.of(0, ALL)).getContent());
        out.add("practice manager: " + everyone.size() + " accounts (" + countBy(everyone.stream().map(a -> a.role().name()).toList())
                + "), " + practice.size() + " clients on the practice list, list sha256 " + sha256(practice.stream()
                        .sorted(Comparator.comparingLong(ClientSummary::id)).map(ClientSummary::toString).toList()));

        List<ChainVerification> chains = new ArrayList<>();
        List<AccountSummary> clinicians = everyone.stream().filter(a -> a.role() == Role.CLINICIAN && a.enabled())
                .sorted(Comparator.comparingLong(AccountSummary::id)).toList();
        for (AccountSummary clinician : clinicians) {
            List<CaseloadRow> rows = as(clinician.username(),
                    () -> caseload.page(new CaseloadFilter("", true), Sort.unsorted(), 0, ALL));
            out.add("clinician #" + clinician.id() + ": caseload of " + rows.size() + " clients, in the screen's order");
            for (CaseloadRow r : rows) {
                // No name, not even hashed (a list of names would undo a hash): the practice list's hash covers them.
                out.add("  client #" + r.clientId() + ": "
                        + r.status() + " | plan " + r.planProgress(today) + " | slip-free " + r.slipFree(today)
                        + " | last check-in " + r.lastCheckIn() + " | last slip " + r.lastSlip() + " | slips in 14 days "
                        + r.slipsLast14Days() + " | homework " + r.homeworkLabel() + " | next session " + r.nextSession()
                        + " | feels unsafe " + r.feelsUnsafe() + " | journal shared " + r.journalShared() + " | flags "
                        + r.flags().stream().map(f -> f.kind() + (f.since() == null ? "" : " since " + f.since()))
                                .collect(Collectors.joining(", ", "[", "]")));
                ChainVerification chain = as(clinician.username(), () -> journal.verifyChain(r.clientId()));
                chains.add(chain);
                out.add("  client #" + r.clientId() + " contact-attempt log: " + describe(chain));
            }
        }

        // One client as they see themselves: the first (by id) with a contact-attempt log, else the first.
        ChainVerification chosen = chains.stream().sorted(Comparator.comparingLong(ChainVerification::clientId))
                .filter(c -> c.records() > 0).findFirst()
                .orElse(chains.stream().min(Comparator.comparingLong(ChainVerification::clientId)).orElse(null));
        if (chosen == null) {
            out.add("no client to sign in as");
            return out;
        }
        long clientId = chosen.clientId();
        long accountId = practice.stream().filter(c -> c.id() == clientId).findFirst().orElseThrow().accountId();
        String username = everyone.stream().filter(a -> a.id() == accountId).findFirst().orElseThrow().username();
        List<JournalItem> own = as(username, journal::myJournal);
        out.add("client #" + clientId + " (signed in as themselves): journal of the last 90 days, " + own.size() + " entries ("
                + countBy(own.stream().map(i -> i.type().name()).toList()) + "), entries sha256 "
                + sha256(own.stream().map(JournalItem::toString).toList()));
        ContactLog log = as(username, () -> journal.contactLog(clientId));
        out.add("client #" + clientId + " (signed in as themselves): contact-attempt log " + describe(log.verification())
                + " (" + log.records().size() + " read), records sha256 "
                + sha256(log.records().stream().map(Object::toString).toList()));
        return out;
    }

    private static String describe(ChainVerification chain) {
        String records = Words.count(chain.records(), "record", "records");
        return chain.intact() ? "intact, " + records
                : "NOT intact at record " + chain.firstBrokenSeq() + " (" + records + "): " + chain.problem();
    }

    private static String countBy(List<String> kinds) {
        Map<String, Long> counts = new TreeMap<>(kinds.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** One hash over the lines in order, each ended by a newline, so that moving text between lines changes it. */
    static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Acts as {@code username} signed in with their password, as the portal holds them after the log-in form. */
    private <T> T as(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())
                .toBuilder().authorities(a -> a.add(FactorGrantedAuthority
                        .withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now(clock)).build()))
                .build();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
