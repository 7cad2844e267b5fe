package org.eigrules.testkit;

import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDocuments;
import org.eigrules.candidacy.Studies;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calls for candidates written in plain Java from POLICY.md, apart from the rule file and
 * the parameter files (its own copy of every value), as an oracle for the candidates' rules.
 */
final class HandWrittenCandidatePolicy {

    /** What the policy says of one candidacy: failing clauses and missing "field clause" entries. */
    record Outcome(String verdict, Set<String> failed, Set<String> missing) {
    }

    private record Call(Instant opens, Instant closes, LocalDate cutOff, Set<Studies> excluded, Integer max,
                        List<List<String>> offered, boolean choicesOnApplying, Set<String> documents) {
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<Studies> ANY_STUDY = EnumSet.of(Studies.FIRST_TWO_CYCLES, Studies.DOCTORATE,
            Studies.APPRENTICESHIP, Studies.OTHER_STUDIES);

    // DEFIS.md: AAC2 Art. 3's thirteen défis with the website's spellings; the post REC5's sixteen
    // projects with their pages' titles. One défi's spellings are one choice.
    private static final List<List<String>> P2_DEFIS = List.of(List.of("PrédiSauvetage"), List.of("Lab Santé"),
            List.of("Gobelins"), List.of("Prévisecours"), List.of("b@liseNav", "b@liseNAV"), List.of("Signaux Faibles"),
            List.of("Hopkins"), List.of("SocialConnect", "Social Connect"), List.of("ArchiFiltre", "Archifiltre"),
            List.of("Brigade Numérique"), List.of("EIG Link"), List.of("CoachÉlèves – AssistProf", "CoachÉlèves"),
            List.of("dataESR", "DataESR"));
    private static final List<List<String>> P5_PROJECTS = List.of(List.of("Basegun"), List.of("BatID"),
            List.of("Cyberimpact", "CyberImpact"), List.of("DaSES"), List.of("DataRH"), List.of("Décos"),
            List.of("e-PSHAD", "ePSHAD"), List.of("EIG Link"), List.of("Fabrique numérique", "Fabrique Numérique"),
            List.of("GDR Santé"), List.of("Green Data for Health"), List.of("Mes services Greentech"),
            List.of("Prev-AC-Tion"), List.of("SMASH"), List.of("TRISTAN"), List.of("UrssafassuR"));

    private static List<List<String>> each(List<String> names) {
        return names.stream().map(List::of).toList();
    }

    /**
     * POLICY.md CND-5 "Names": NFKC; apostrophes and primes, double quotes, dashes each one mark;
     * case; runs of white space. Written here character by character, apart from the library's.
     */
    static String fold(String name) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int c : Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints().toArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if ("'’‘‛ʼ′".indexOf(c) >= 0) {
                out.append('\'');
            } else if ("\"«»“”„‟".indexOf(c) >= 0) {
                out.append('"');
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '−') {
                out.append('-');
            } else {
                out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** The offer a choice names, as its first spelling folded; null when it names none. */
    private static String offer(List<List<String>> offered, String choice) {
        for (List<String> spellings : offered) {
            for (String spelling : spellings) {
                if (fold(spelling).equals(fold(choice))) {
                    return fold(spellings.get(0));
                }
            }
        }
        return null;
    }

    private static Call call(int promotion) {
        return switch (promotion) {
            case 2 -> new Call(LocalDate.of(2017, 9, 27).atStartOfDay(PARIS).toInstant(),
                    Instant.parse("2017-10-27T15:00:00Z"), null, ANY_STUDY, 3, P2_DEFIS, true, Set.of("motivation"));
            case 3 -> new Call(LocalDate.of(2018, 9, 13).atStartOfDay(PARIS).toInstant(),
                    Instant.parse("2018-10-15T15:00:00Z"), LocalDate.of(2018, 12, 15), ANY_STUDY, 2,
                    each(List.of("ACOSS-Plateforme", "ADLER", "CartoBio", "CibNav", "DataJust", "DataReg", "EIG Link",
                            "ExploCode", "IA Flash", "Karfu’R", "LexImpact", "Open Chronic", "Open Justice", "Plume",
                            "Polygraphe")), true, Set.of("motivation"));
            case 4 -> new Call(LocalDate.of(2020, 5, 4).atStartOfDay(PARIS).toInstant(),
                    Instant.parse("2020-06-07T22:00:00Z"), LocalDate.of(2020, 7, 20), EnumSet.of(Studies.FIRST_TWO_CYCLES), 3,
                    each(List.of("DEVELOPMENT", "DESIGN", "DATA_SCIENCE", "GEOMATICS", "STATISTICS", "DATA_ENGINEERING")), true,
                    Set.of("cvPdf", "motivation"));
            case 5 -> new Call(LocalDate.of(2021, 3, 1).atStartOfDay(PARIS).toInstant(),
                    Instant.parse("2021-05-02T21:59:00Z"), LocalDate.of(2021, 9, 13), EnumSet.of(Studies.FIRST_TWO_CYCLES), 3,
                    P5_PROJECTS, false, Set.of("cvPdf", "motivation"));
            default -> throw new IllegalArgumentException("promotion " + promotion);
        };
    }

    static Outcome decide(Candidacy c) {
        Call call = call(c.promotion());
        Set<String> failed = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        // CND-1
        if (c.applicant() == null) {
            missing.add("applicant CND-1");
        } else if (c.applicant().naturalPerson() == null) {
            missing.add("applicant.naturalPerson CND-1");
        } else if (!c.applicant().naturalPerson()) {
            failed.add("CND-1");
        }
        // CND-2
        if (c.publicService() == null) {
            missing.add("publicService CND-2");
        } else if (call.cutOff() == null) {
            if (c.publicService().civilServant() == null) {
                missing.add("publicService.civilServant CND-2");
            } else if (c.publicService().civilServant()) {
                failed.add("CND-2");
            }
        } else {
            LocalDate leaves = c.publicService().leavesPostOn();
            boolean leftBefore = leaves != null && leaves.isBefore(call.cutOff());
            if (!leftBefore) {
                if (c.publicService().civilServant() == null) {
                    missing.add("publicService.civilServant CND-2");
                } else if (c.publicService().civilServant()) {
                    failed.add("CND-2");
                }
            }
        }
        // CND-3
        if (c.juryMemberOrExpert() == null) {
            missing.add("juryMemberOrExpert CND-3");
        } else if (c.juryMemberOrExpert()) {
            failed.add("CND-3");
        }
        // CND-4
        if (c.studiesAtStart() == null) {
            missing.add("studiesAtStart CND-4");
        } else if (call.excluded().contains(c.studiesAtStart())) {
            failed.add("CND-4");
        }
        // CND-5
        List<String> choices = c.choices() == null ? List.of() : c.choices();
        if (choices.isEmpty() && call.choicesOnApplying()) {
            missing.add("choices CND-5");
        }
        Set<String> chosen = new java.util.HashSet<>();
        boolean offList = false;
        for (String choice : choices) {
            String offer = call.offered() == null ? null : offer(call.offered(), choice);
            offList |= call.offered() != null && offer == null;
            chosen.add(offer != null ? offer : fold(choice));
        }
        if (chosen.size() > call.max() || chosen.size() < choices.size() || offList) {
            failed.add("CND-5");
        }
        // CND-6
        OffsetDateTime at = c.receivedAt();
        if (at == null) {
            missing.add("receivedAt CND-6");
        } else if (at.toInstant().isBefore(call.opens()) || at.toInstant().isAfter(call.closes())) {
            failed.add("CND-6");
        }
        // CND-9
        CandidacyDocuments d = c.documents();
        if (d == null) {
            missing.add("documents CND-9");
        } else {
            List<String> absent = new ArrayList<>();
            if (call.documents().contains("cvPdf") && !Boolean.TRUE.equals(d.cvPdf())) {
                absent.add("documents.cvPdf CND-9");
            }
            if (call.documents().contains("motivation") && !Boolean.TRUE.equals(d.motivation())) {
                absent.add("documents.motivation CND-9");
            }
            missing.addAll(absent);
        }
        String verdict = !failed.isEmpty() ? "INELIGIBLE" : !missing.isEmpty() ? "INCOMPLETE" : "ELIGIBLE";
        return new Outcome(verdict, failed, missing);
    }
}
