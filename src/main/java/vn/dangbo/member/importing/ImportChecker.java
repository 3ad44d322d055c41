package vn.dangbo.member.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dangbo.member.ImportField;
import vn.dangbo.member.MemberData;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.TransferKind;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.member.domain.MemberValidator;
import vn.dangbo.member.domain.TransferPolicy;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.Decision;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.text.VietnameseText;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * Checks every row of an import the way the member form checks one member ({@link MemberValidator}), plus what
 * only a list can get wrong: the cell named in the row, a card number or citizen ID used twice in the file, a row
 * that matches a member (by card number or citizen ID) who is outside the importer's scope or in another cell.
 * Every problem of every row is collected; nothing is written. The database is read in batches.
 */
@Component
public class ImportChecker {

    /** Card number of the example row of the import template: never imported. */
    public static final String EXAMPLE_CARD = "MAU-0001";
    /** Where members leave to, for a register that records only the date (chuyển sinh hoạt đi). */
    public static final String TRANSFER_OUT_EXTERNAL = "Không rõ nơi đến (ghi theo sổ danh sách đảng viên)";

    private static final int LOOKUP_BATCH = 1000;

    private final MemberRepository members;
    private final MemberValidator validator;
    private final TransferPolicy transferPolicy;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;

    ImportChecker(MemberRepository members, MemberValidator validator, TransferPolicy transferPolicy,
            OrganizationDirectory organizations, AccessGuard guard) {
        this.members = members;
        this.validator = validator;
        this.transferPolicy = transferPolicy;
        this.organizations = organizations;
        this.guard = guard;
    }

    /**
     * A checked row.
     *
     * @param existing    the member the row updates (null for a new member or an error row)
     * @param data        the register fields after the import (cleaned)
     * @param org         the cell of a new member
     * @param transferOut the date the member left, when the row records it and the member is still on the roll
     */
    public record Checked(RowReader.ParsedRow parsed, RowAction action, Member existing, MemberData data,
            OrganizationSummary org, LocalDate transferOut, List<RowProblem> problems) {

        public int rowNumber() {
            return parsed.rowNumber();
        }

        /** The name as the file writes it (never taken from a record outside the importer's scope). */
        public String displayName() {
            String name = parsed.text(ImportField.FULL_NAME);
            return name != null ? name : existing != null ? existing.fullName() : null;
        }
    }

    /** Checks the rows against each other and the register; rows with no value at all are left out. */
    public List<Checked> check(List<SheetData.Row> rows, List<ImportField> mapping, OrganizationSummary target,
            LocalDate today) {
        String scope = guard.scopePath();
        List<RowReader.ParsedRow> parsed = new ArrayList<>(rows.size());
        for (SheetData.Row row : rows) {
            RowReader.ParsedRow p = RowReader.read(row, mapping);
            if (!p.values().isEmpty() || !p.problems().isEmpty()) {
                parsed.add(p);
            }
        }
        List<MemberData> fileData = parsed.stream().map(p -> p.newData().cleaned()).toList();

        Map<String, Member> byCard = new HashMap<>();
        Map<String, Member> byCitizenId = new HashMap<>();
        lookUp(fileData, byCard, byCitizenId);
        Map<String, List<Integer>> cardRows = new HashMap<>();
        Map<String, List<Integer>> citizenRows = new HashMap<>();
        Map<String, List<Integer>> personRows = new HashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            MemberData d = fileData.get(i);
            int number = parsed.get(i).rowNumber();
            if (d.cardNumber() != null) {
                cardRows.computeIfAbsent(d.cardNumber(), k -> new ArrayList<>()).add(number);
            }
            if (d.citizenId() != null) {
                citizenRows.computeIfAbsent(d.citizenId(), k -> new ArrayList<>()).add(number);
            }
            String person = personKey(d);
            if (person != null && d.cardNumber() == null && d.citizenId() == null) {
                personRows.computeIfAbsent(person, k -> new ArrayList<>()).add(number);
            }
        }
        Map<String, List<OrganizationSummary>> cells = cellsByName(scope);
        Map<String, List<Member>> sameBirth = sameBirthDates(scope, fileData);

        List<Checked> result = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            result.add(checkRow(parsed.get(i), fileData.get(i), target, cells, byCard, byCitizenId, cardRows,
                    citizenRows, personRows, sameBirth, today, scope));
        }
        return result;
    }

    private Checked checkRow(RowReader.ParsedRow p, MemberData fromFile, OrganizationSummary target,
            Map<String, List<OrganizationSummary>> cells, Map<String, Member> byCard, Map<String, Member> byCitizenId,
            Map<String, List<Integer>> cardRows, Map<String, List<Integer>> citizenRows,
            Map<String, List<Integer>> personRows, Map<String, List<Member>> sameBirth, LocalDate today,
            String scope) {
        List<RowProblem> problems = new ArrayList<>(p.problems());
        if (EXAMPLE_CARD.equals(fromFile.cardNumber())) {
            problems.add(RowProblem.of(null, "member.import.row.example"));
        }
        // a control character of the file was read as U+FFFD (SheetData): the row is refused, not stored
        for (ImportField f : ImportField.values()) {
            String text = p.text(f);
            if (text != null && text.indexOf(SheetData.UNREADABLE) >= 0) {
                problems.add(RowProblem.of(f.name(), "member.import.row.unreadableCharacter"));
            }
        }

        // the cell: named in the row, or chosen for the whole file
        OrganizationSummary org = target;
        String cellName = p.text(ImportField.ORGANIZATION);
        if (cellName != null) {
            List<OrganizationSummary> found = cells.getOrDefault(cellKey(cellName), List.of());
            if (found.isEmpty()) {
                problems.add(RowProblem.of(ImportField.ORGANIZATION.name(), "member.import.row.cellNotFound", cellName));
                org = null;
            } else if (found.size() > 1) {
                problems.add(RowProblem.of(ImportField.ORGANIZATION.name(), "member.import.row.cellAmbiguous", cellName));
                org = null;
            } else {
                org = found.get(0);
            }
        }

        // the member the row is about: same card number or same citizen ID
        Member byCardMatch = fromFile.cardNumber() == null ? null : byCard.get(fromFile.cardNumber());
        Member byIdMatch = fromFile.citizenId() == null ? null : byCitizenId.get(fromFile.citizenId());
        Member existing = byCardMatch != null ? byCardMatch : byIdMatch;
        boolean outside = (byCardMatch != null && !manageable(byCardMatch, scope))
                || (byIdMatch != null && !manageable(byIdMatch, scope));
        if (outside) {
            String field = byCardMatch != null && !manageable(byCardMatch, scope) ? ImportField.CARD_NUMBER.name()
                    : ImportField.CITIZEN_ID.name();
            problems.add(RowProblem.of(field, "member.import.row.outsideScope"));
            existing = null;
        } else if (byCardMatch != null && byIdMatch != null && byCardMatch.id() != byIdMatch.id()) {
            problems.add(RowProblem.of(ImportField.CITIZEN_ID.name(), "member.import.row.identifiersDiffer"));
            existing = null;
        }
        boolean matched = existing != null || outside || (byCardMatch != null && byIdMatch != null);

        if (existing == null && !matched && org == null && cellName == null) {
            problems.add(RowProblem.of(ImportField.ORGANIZATION.name(), "member.import.row.noCell"));
        }
        if (existing != null && org != null && org.id() != existing.organizationId()) {
            String current = organizations.find(existing.organizationId()).map(OrganizationSummary::name).orElse("");
            problems.add(RowProblem.of(ImportField.ORGANIZATION.name(), "member.import.row.otherCell", current));
        }

        MemberData data = existing != null ? p.merge(existing.data()).cleaned() : fromFile;
        Set<String> unreadable = p.problems().stream().map(RowProblem::field).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (Violation v : validator.validate(data, today)) {
            String field = ImportField.ofProperty(v.field()).map(Enum::name).orElse(null);
            if (field != null && unreadable.contains(field) && "validation.required".equals(v.messageKey())) {
                continue; // the value is there but unreadable: said once, not also as missing
            }
            problems.add(new RowProblem(field, v.messageKey(), v.args(), v.citation()));
        }
        if (existing != null && !Objects.equals(data.officialDate(), existing.officialDate())
                && (existing.officialDate() == null || data.officialDate() == null)) {
            problems.add(RowProblem.of(ImportField.OFFICIAL_DATE.name(), "member.rule.officialDateByStatus"));
        }
        if (data.transferInDate() != null && data.admissionDate() != null
                && data.transferInDate().isBefore(data.admissionDate())) {
            problems.add(RowProblem.of(ImportField.TRANSFER_IN_DATE.name(), "member.import.row.transferInBeforeAdmission"));
        }

        // the same person twice in the file, or already in the register without an identifier to match
        duplicate(problems, ImportField.CARD_NUMBER, "member.import.row.duplicateCard", cardRows.get(fromFile.cardNumber()),
                p.rowNumber());
        duplicate(problems, ImportField.CITIZEN_ID, "member.import.row.duplicateCitizenId",
                citizenRows.get(fromFile.citizenId()), p.rowNumber());
        String person = personKey(fromFile);
        if (person != null && fromFile.cardNumber() == null && fromFile.citizenId() == null) {
            duplicate(problems, ImportField.FULL_NAME, "member.import.row.duplicatePerson", personRows.get(person),
                    p.rowNumber());
            if (!matched) {
                for (Member m : sameBirth.getOrDefault(person, List.of())) {
                    problems.add(RowProblem.of(ImportField.FULL_NAME.name(), "member.import.row.samePersonExists",
                            m.cardNumber() == null ? "" : m.cardNumber()));
                    break;
                }
            }
        }

        LocalDate transferOut = transferOut(p, existing, data, problems, today);

        RowAction action;
        if (!problems.isEmpty()) {
            action = RowAction.ERROR;
        } else if (existing == null) {
            action = RowAction.CREATE;
        } else if (data.equals(existing.data()) && transferOut == null) {
            action = RowAction.UNCHANGED;
        } else {
            action = RowAction.UPDATE;
        }
        return new Checked(p, action, action == RowAction.ERROR ? null : existing, data,
                existing != null ? null : org, transferOut, List.copyOf(problems));
    }

    /** The transfer-out date to record, checked as a transfer out would be; null when there is nothing to record. */
    private LocalDate transferOut(RowReader.ParsedRow p, Member existing, MemberData data, List<RowProblem> problems,
            LocalDate today) {
        LocalDate date = RowReader.transferOut(p);
        if (date == null) {
            return null;
        }
        String field = ImportField.TRANSFER_OUT_DATE.name();
        if (existing != null) {
            if (existing.currentStatus() == MemberStatus.TRANSFERRED_OUT) {
                return null; // recorded already
            }
            Decision d = transferPolicy.check(existing, TransferKind.OUT, null, TRANSFER_OUT_EXTERNAL, date, today);
            if (d.denied()) {
                problems.add(new RowProblem(field, d.reasonKey(), d.args(), d.citation()));
                return null;
            }
            return date;
        }
        if (date.isAfter(today)) {
            problems.add(RowProblem.of(field, "validation.notFuture"));
            return null;
        }
        LocalDate since = data.transferInDate() != null ? data.transferInDate()
                : data.officialDate() != null && !data.officialDate().isAfter(today) ? data.officialDate()
                : data.admissionDate();
        if (since != null && date.isBefore(since)) {
            problems.add(RowProblem.of(field, "member.rule.statusBeforeCurrent"));
            return null;
        }
        return date;
    }

    private static void duplicate(List<RowProblem> problems, ImportField field, String key, List<Integer> rows,
            int self) {
        if (rows == null || rows.size() < 2) {
            return;
        }
        String others = rows.stream().filter(r -> r != self).map(String::valueOf).collect(Collectors.joining(", "));
        problems.add(RowProblem.of(field.name(), key, others));
    }

    /**
     * Members the importer may change: registered within their scope (read once per check: {@code guard.within}
     * looks the scope up each time, a query per matched row).
     */
    private static boolean manageable(Member m, String scope) {
        return m.orgPath() != null && m.orgPath().startsWith(scope);
    }

    private void lookUp(List<MemberData> data, Map<String, Member> byCard, Map<String, Member> byCitizenId) {
        List<String> cards = data.stream().map(MemberData::cardNumber).filter(Objects::nonNull).distinct().toList();
        List<String> ids = data.stream().map(MemberData::citizenId).filter(Objects::nonNull).distinct().toList();
        for (Member m : members.findByCardsOrCitizenIds(cards, ids)) {
            if (m.cardNumber() != null) {
                byCard.put(m.cardNumber(), m);
            }
            if (m.citizenId() != null) {
                byCitizenId.put(m.citizenId(), m);
            }
        }
    }

    /** Members within the scope born on the dates of the file, by name and date of birth. */
    private Map<String, List<Member>> sameBirthDates(String scope, List<MemberData> data) {
        List<LocalDate> dates = data.stream().filter(d -> d.cardNumber() == null && d.citizenId() == null)
                .map(MemberData::dateOfBirth).filter(Objects::nonNull).distinct().toList();
        Map<String, List<Member>> result = new HashMap<>();
        for (int from = 0; from < dates.size(); from += LOOKUP_BATCH) {
            for (Member m : members.findByBirthDates(scope, dates.subList(from, Math.min(from + LOOKUP_BATCH, dates.size())))) {
                String key = personKey(m.fullName(), m.dateOfBirth());
                if (key != null) {
                    result.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                }
            }
        }
        return result;
    }

    /** The cells of the scope by folded name, also without the words "Chi bộ" ("Khu phố 1" finds "Chi bộ Khu phố 1"). */
    private Map<String, List<OrganizationSummary>> cellsByName(String scope) {
        Map<String, List<OrganizationSummary>> byName = new LinkedHashMap<>();
        for (OrganizationSummary o : organizations.memberHolders(scope)) {
            Set<String> keys = new HashSet<>();
            keys.add(cellKey(o.name()));
            keys.add(cellKey(o.name() + " " + (o.placeName() == null ? "" : o.placeName())));
            for (String key : keys) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
        return byName;
    }

    static String cellKey(String name) {
        String f = HeaderRecognizer.normalise(name);
        return f.startsWith("chi bo ") ? f.substring("chi bo ".length()) : f;
    }

    private static String personKey(MemberData d) {
        return personKey(d.fullName(), d.dateOfBirth());
    }

    private static String personKey(String name, LocalDate born) {
        return name == null || born == null ? null : VietnameseText.fold(name) + "|" + born;
    }
}
