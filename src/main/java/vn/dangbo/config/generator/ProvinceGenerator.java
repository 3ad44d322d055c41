package vn.dangbo.config.generator;

import java.time.Clock;
import vn.dangbo.shared.importing.CopyRows;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.config.generator.ProvinceShape.Node;
import vn.dangbo.config.generator.ProvinceShape.Ward;
import vn.dangbo.config.generator.SyntheticMembers.Member;
import vn.dangbo.config.generator.SyntheticMembers.StatusRow;
import vn.dangbo.config.generator.SyntheticMembers.TransferRow;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.identity.AccountManagement.AccountData;
import vn.dangbo.identity.AccountManagement.AccountView;
import vn.dangbo.member.MemberSearchText;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.PartyPosition;
import vn.dangbo.shared.security.Role;
import vn.dangbo.shared.security.SystemActor;
import vn.dangbo.shared.text.PersonName;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Writes a synthetic province into the configured database, beside whatever is there already: a new
 * provincial committee (created through the organization facade, so it is audited), its wards, cells and
 * party groups, members with status and transfer histories, terms and committees, and the benchmark accounts
 * (through the account facade and the real password encoder). The bulk goes in with COPY on the
 * transaction's own connection, so the whole province appears at once or not at all. The derived columns come
 * from the owning modules' code: collation keys from {@link VietnameseText#sortKey}, the search text from
 * {@link MemberSearchText}. Afterwards VACUUM ANALYZE gives the planner statistics and clears the trigram
 * index's pending list.
 */
@Component
class ProvinceGenerator {

    private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);
    private static final String ACTOR = SystemActor.USERNAME;
    private static final List<String> TABLES = List.of("party_organization", "organization_term",
            "committee_position", "member", "member_search_term", "member_status_change", "member_transfer", "account");

    /** What to generate; see {@link GenerateProvinceCommand} for the command-line options. */
    record Settings(int wards, int members, long seed, String name, String password) {}

    /** What was written, and how long it took. */
    record Result(long provinceId, String provincePath, int wards, long organizations, long members,
            long statusChanges, long transfers, long positions, List<String> accounts, Duration elapsed) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OrganizationManagement organizations;
    private final AccountManagement accounts;
    private final Clock clock;

    ProvinceGenerator(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx,
            OrganizationManagement organizations, AccountManagement accounts, Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    Result generate(Settings settings) {
        long started = System.nanoTime();
        Result result = SystemActor.call(() -> tx.execute(status -> load(settings, started)));
        long vacuumStarted = System.nanoTime();
        for (String table : TABLES) {
            jdbc.sql("VACUUM (ANALYZE) " + table).update();
        }
        log.info("VACUUM ANALYZE xong trong {} ms", millis(vacuumStarted));
        return new Result(result.provinceId(), result.provincePath(), result.wards(), result.organizations(),
                result.members(), result.statusChanges(), result.transfers(), result.positions(), result.accounts(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Result load(Settings s, long started) {
        LocalDate today = LocalDate.now(clock);
        Connection connection = DataSourceUtils.getConnection(dataSource);

        long provinceId = organizations.create(null, new OrganizationData(OrganizationKind.PROVINCIAL_COMMITTEE, null,
                s.name(), "Tỉnh Mô phỏng", LocalDate.of(2025, 7, 1),
                "Dữ liệu mô phỏng để đo hiệu năng (--generate-province, hạt giống " + s.seed() + ")."));
        organizations.addTerm(provinceId, "2025–2030", LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30));
        Node province = new Node(null, OrganizationKind.PROVINCIAL_COMMITTEE, null, s.name(), "Tỉnh Mô phỏng", null, 0);
        province.id = provinceId;
        province.path = "/" + provinceId + "/";

        List<Ward> wards = ProvinceShape.plan(province, s.wards(), s.members(), new Random(s.seed()));
        long organizationCount = wards.stream().mapToLong(w -> w.organizations().size()).sum();
        long memberCount = wards.stream().mapToLong(Ward::members).sum();
        log.info("Sinh tỉnh mô phỏng \"{}\" (id {}): {} phường, xã; {} tổ chức đảng; {} đảng viên; hạt giống {}",
                s.name(), provinceId, wards.size(), organizationCount + 1, memberCount, s.seed());

        long[] organizationIds = reserveIds("party_organization", (int) organizationCount);
        int next = 0;
        for (Ward ward : wards) {
            for (Node node : ward.organizations()) {
                node.id = organizationIds[next++];
                node.depth = node.parent.depth + 1;
                node.path = node.parent.path + node.id + "/";
            }
        }
        writeOrganizations(connection, wards);
        long terms = writeTerms(connection, wards);
        log.info("Đã ghi {} tổ chức đảng và {} nhiệm kỳ sau {} ms", organizationCount, terms, millis(started));

        List<String> places = wards.stream().map(Ward::place).toList();
        SyntheticMembers people = new SyntheticMembers(s.seed() + 1, firstSequence(), today, places);
        Random positionsRandom = new Random(s.seed() + 2);
        long members = 0;
        long statusChanges = 0;
        long transfers = 0;
        long positions = 0;
        int reportEvery = Math.max(1, wards.size() / 10);
        for (int i = 0; i < wards.size(); i++) {
            Ward ward = wards.get(i);
            List<Member> list = people.ward(ward, reserveIds("member", ward.members()));
            members += writeMembers(connection, list);
            statusChanges += writeStatusHistory(connection, list);
            transfers += writeTransfers(connection, list);
            positions += writePositions(connection, ward, list, positionsRandom);
            if ((i + 1) % reportEvery == 0 || i + 1 == wards.size()) {
                log.info("{}/{} phường, xã: {} đảng viên, {} dòng lịch sử trạng thái, {} dòng chuyển sinh hoạt, sau {} s",
                        i + 1, wards.size(), members, statusChanges, transfers, millis(started) / 1000);
            }
        }
        List<String> accountNames = benchmarkAccounts(s, province, wards);
        return new Result(provinceId, province.path, wards.size(), organizationCount + 1, members, statusChanges,
                transfers, positions, accountNames, Duration.ZERO);
    }

    /** Ids from the table's own sequence, so that later inserts by the application never collide with them. */
    private long[] reserveIds(String table, int count) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)")
                .param("table", table).param("count", count)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** The first identifier number past those of earlier runs (card numbers 7xxxxxxx). */
    private long firstSequence() {
        return jdbc.sql("""
                SELECT coalesce(max(card_number::bigint) + 1 - :first, 0) FROM member
                WHERE card_number ~ '^7[0-9]{7}$'""")
                .param("first", SyntheticMembers.FIRST_CARD_NUMBER).query(Long.class).single();
    }

    private void writeOrganizations(Connection connection, List<Ward> wards) {
        try (CopyRows rows = CopyRows.into(connection, "party_organization", """
                id, parent_id, path, depth, kind, cell_type, name, name_key, place_name, established_on, dissolved_on,
                dissolution_reason, created_by, updated_by""")) {
            for (Ward ward : wards) {
                for (Node o : ward.organizations()) {
                    rows.number(o.id).number(o.parent.id).text(o.path).number(o.depth).text(o.kind.name())
                            .text(o.cellType == null ? null : o.cellType.name()).text(o.name)
                            .bytes(VietnameseText.sortKey(o.name)).text(o.placeName).date(o.establishedOn)
                            .date(o.dissolvedOn).text(o.dissolutionReason).text(ACTOR).text(ACTOR).end();
                }
            }
        }
    }

    /**
     * Two terms each: wards and grassroots committees 2020–2025 and 2025–2030 (congresses in August), cells
     * 2022–2025 and 2025–2027; a cell dissolved in the 2025 mergers only the first. Party groups have none.
     */
    private long writeTerms(Connection connection, List<Ward> wards) {
        List<Node> withTerms = new ArrayList<>();
        for (Ward ward : wards) {
            ward.organizations().stream().filter(o -> o.kind != OrganizationKind.PARTY_GROUP).forEach(withTerms::add);
        }
        long[] ids = reserveIds("organization_term", withTerms.size() * 2);
        int next = 0;
        try (CopyRows rows = CopyRows.into(connection, "organization_term",
                "id, organization_id, label, starts_on, ends_on, created_by")) {
            for (Node o : withTerms) {
                boolean committee = o.kind == OrganizationKind.WARD_COMMITTEE
                        || o.kind == OrganizationKind.GRASSROOTS_COMMITTEE;
                o.previousTermId = ids[next++];
                o.currentTermId = ids[next++];
                if (committee) {
                    term(rows, o.previousTermId, o, "2020–2025", LocalDate.of(2020, 8, 20), LocalDate.of(2025, 8, 19));
                    term(rows, o.currentTermId, o, "2025–2030", LocalDate.of(2025, 8, 20), LocalDate.of(2030, 8, 19));
                } else {
                    term(rows, o.previousTermId, o, "2022–2025", LocalDate.of(2022, 6, 1), LocalDate.of(2025, 1, 14));
                    if (o.live()) {
                        term(rows, o.currentTermId, o, "2025–2027", LocalDate.of(2025, 1, 15), LocalDate.of(2027, 12, 31));
                    }
                }
            }
            return rows.rows();
        }
    }

    private static void term(CopyRows rows, long id, Node o, String label, LocalDate starts, LocalDate ends) {
        rows.number(id).number(o.id).text(label).date(starts).date(ends).text(ACTOR).end();
    }

    private long writeMembers(Connection connection, List<Member> members) {
        try (CopyRows rows = CopyRows.into(connection, "member", """
                id, organization_id, org_path, temp_organization_id, temp_org_path, temp_external, full_name,
                family_name, middle_name, given_name, given_key, middle_key, family_key, search_text, date_of_birth,
                gender, ethnicity, religion, hometown, residence, admission_date, official_date, card_number,
                citizen_id, phone, education, political_theory, occupation, transfer_in_date, transfer_out_date,
                current_status, status_since, created_by, updated_by""")) {
            for (Member m : members) {
                PersonName name = PersonName.parse(m.fullName);
                Node host = m.temporaryHost;
                rows.number(m.id).number(m.organization.id).text(m.organization.path)
                        .id(host == null ? 0 : host.id).text(host == null ? null : host.path).text(m.temporaryExternal)
                        .text(name.fullName()).text(name.familyName()).text(name.middleName()).text(name.givenName())
                        .bytes(VietnameseText.sortKey(name.givenName()))
                        .bytes(VietnameseText.sortKey(name.middleName()))
                        .bytes(VietnameseText.sortKey(name.familyName()))
                        .text(MemberSearchText.of(name.fullName(), m.cardNumber, m.phone))
                        .date(m.born).text(m.gender.name()).text(m.ethnicity).text(m.religion).text(m.hometown)
                        .text(m.residence).date(m.admitted).date(m.official).text(m.cardNumber).text(m.citizenId)
                        .text(m.phone).text(m.education).text(m.politicalTheory).text(m.occupation)
                        .date(m.transferIn).date(m.transferOut).text(m.currentStatus().name()).date(m.statusSince())
                        .text(ACTOR).text(ACTOR).end();
            }
            return rows.rows();
        }
    }

    private long writeStatusHistory(Connection connection, List<Member> members) {
        try (CopyRows rows = CopyRows.into(connection, "member_status_change",
                "member_id, status, effective_date, reason, decision_ref, created_by")) {
            for (Member m : members) {
                for (StatusRow s : m.statuses) {
                    rows.number(m.id).text(s.status().name()).date(s.date()).text(s.reason()).text(s.decisionRef())
                            .text(ACTOR).end();
                }
            }
            return rows.rows();
        }
    }

    private long writeTransfers(Connection connection, List<Member> members) {
        try (CopyRows rows = CopyRows.into(connection, "member_transfer", """
                member_id, kind, from_organization_id, to_organization_id, external_organization, effective_date,
                decision_ref, reason, created_by""")) {
            for (Member m : members) {
                for (TransferRow t : m.transfers) {
                    rows.number(m.id).text(t.kind().name()).id(t.from() == null ? 0 : t.from().id)
                            .id(t.to() == null ? 0 : t.to().id).text(t.external()).date(t.date())
                            .text(t.decisionRef()).text(t.reason()).text(ACTOR).end();
                }
            }
            return rows.rows();
        }
    }

    /**
     * Committees from the official members: a ward's secretary, two deputies, four standing and eight other
     * committee members (and the secretary of the previous term); a grassroots committee's secretary, deputy
     * and three members; a cell's secretary, and from nine official members a deputy and a committee member;
     * a party group's leader.
     */
    private long writePositions(Connection connection, Ward ward, List<Member> members, Random random) {
        try (CopyRows rows = CopyRows.into(connection, "committee_position", """
                organization_id, term_id, member_id, position, starts_on, ends_on, decision_ref, created_by,
                updated_by""")) {
            for (Node o : ward.organizations()) {
                if (!o.live()) {
                    continue;
                }
                List<Member> officials = members.stream()
                        .filter(m -> m.currentStatus() == MemberStatus.OFFICIAL)
                        .filter(m -> o.kind.holdsMembers() ? m.organization == o : m.organization.path.startsWith(o.path))
                        .toList();
                if (officials.isEmpty()) {
                    continue;
                }
                switch (o.kind) {
                    case WARD_COMMITTEE, GRASSROOTS_COMMITTEE -> {
                        List<Member> chosen = new ArrayList<>(officials);
                        Collections.shuffle(chosen, random);
                        boolean wardCommittee = o.kind == OrganizationKind.WARD_COMMITTEE;
                        LocalDate from = LocalDate.of(2025, 8, 20);
                        String decision = wardCommittee ? "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025–2030"
                                : "Đại hội đảng bộ nhiệm kỳ 2025–2030";
                        List<PartyPosition> seats = new ArrayList<>(List.of(PartyPosition.SECRETARY,
                                PartyPosition.DEPUTY_SECRETARY));
                        if (wardCommittee) {
                            seats.add(PartyPosition.DEPUTY_SECRETARY);
                            seats.addAll(Collections.nCopies(4, PartyPosition.STANDING_COMMITTEE_MEMBER));
                        }
                        seats.addAll(Collections.nCopies(wardCommittee ? 8 : 3, PartyPosition.COMMITTEE_MEMBER));
                        for (int i = 0; i < seats.size() && i < chosen.size(); i++) {
                            position(rows, o, o.currentTermId, chosen.get(i), seats.get(i), from, null,
                                    i == 0 ? decision : null);
                        }
                        if (chosen.size() > seats.size()) {
                            position(rows, o, o.previousTermId, chosen.get(seats.size()), PartyPosition.SECRETARY,
                                    LocalDate.of(2020, 8, 20), LocalDate.of(2025, 8, 19), "Nhiệm kỳ 2020–2025");
                        }
                    }
                    case CELL, GRASSROOTS_CELL -> {
                        LocalDate from = LocalDate.of(2025, 1, 15);
                        String decision = "Quyết định chuẩn y số " + (100 + random.nextInt(900)) + "-QĐ/ĐU";
                        position(rows, o, o.currentTermId, officials.get(0), PartyPosition.SECRETARY, from, null, decision);
                        if (officials.size() >= 9) {
                            position(rows, o, o.currentTermId, officials.get(1), PartyPosition.DEPUTY_SECRETARY, from,
                                    null, null);
                            position(rows, o, o.currentTermId, officials.get(2), PartyPosition.COMMITTEE_MEMBER, from,
                                    null, null);
                        }
                        if (officials.size() >= 2) {
                            position(rows, o, o.previousTermId, officials.get(officials.size() - 1),
                                    PartyPosition.SECRETARY, LocalDate.of(2022, 6, 1), LocalDate.of(2025, 1, 14), null);
                        }
                    }
                    case PARTY_GROUP -> position(rows, o, 0, officials.get(0), PartyPosition.GROUP_LEADER,
                            LocalDate.of(2025, 1, 15), null, null);
                    default -> { }
                }
            }
            return rows.rows();
        }
    }

    private static void position(CopyRows rows, Node o, long termId, Member m, PartyPosition position,
            LocalDate starts, LocalDate ends, String decision) {
        rows.number(o.id).id(termId).number(m.id).text(position.name()).date(starts).date(ends).text(decision)
                .text(ACTOR).text(ACTOR).end();
    }

    /**
     * bench.province (province office) and bench.ward1, bench.ward2, bench.ward3 (ward offices of the largest,
     * the median and the smallest ward). Existing accounts of these names are moved to the new province and
     * given the password again.
     */
    private List<String> benchmarkAccounts(Settings s, Node province, List<Ward> wards) {
        List<Ward> bySize = wards.stream().sorted(Comparator.comparingInt(Ward::members).reversed()).toList();
        List<String> created = new ArrayList<>();
        created.add(account("bench.province", "Văn phòng " + s.name(), Role.PROVINCE_OFFICE, province, s.password()));
        List<Ward> chosen = List.of(bySize.get(0), bySize.get(bySize.size() / 2), bySize.get(bySize.size() - 1));
        for (int i = 0; i < chosen.size(); i++) {
            Ward w = chosen.get(i);
            created.add(account("bench.ward" + (i + 1), "Văn phòng " + w.node().name, Role.WARD_OFFICE, w.node(),
                    s.password()) + " (" + w.node().name + ", " + w.members() + " đảng viên)");
        }
        return created;
    }

    private String account(String username, String displayName, Role role, Node scope, String password) {
        AccountData data = new AccountData(username, displayName, role, scope.id, null, true);
        AccountView existing = accounts.list().stream().filter(a -> a.username().equalsIgnoreCase(username))
                .findFirst().orElse(null);
        if (existing == null) {
            accounts.create(data, password);
        } else {
            accounts.update(existing.id(), data);
            accounts.resetPassword(existing.id(), password);
        }
        return username;
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
