package org.eigrules.candidacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A candidacy that meets every clause of its promotion, to change one field at a time. */
final class CandidacyDraft {

    Integer promotion;
    OffsetDateTime receivedAt;
    Applicant applicant = new Applicant(true, "Camille Martin", "camille.martin@example.org");
    PublicService publicService = new PublicService(false, null);
    Boolean jury = false;
    Studies studies = Studies.NONE;
    List<String> choices;
    CandidacyDocuments documents;

    static CandidacyDraft eligible(int promotion) {
        CandidacyDraft d = new CandidacyDraft();
        d.promotion = promotion;
        switch (promotion) {
            case 2 -> {
                d.receivedAt = OffsetDateTime.parse("2017-10-10T12:00:00+02:00");
                d.choices = List.of("Hopkins", "Lab Santé", "Gobelins");
                d.documents = new CandidacyDocuments(null, null, true);
            }
            case 3 -> {
                d.receivedAt = OffsetDateTime.parse("2018-10-10T12:00:00+02:00");
                d.choices = List.of("DataJust", "Open Justice");
                d.documents = new CandidacyDocuments(true, false, true);
            }
            case 4 -> {
                d.receivedAt = OffsetDateTime.parse("2020-05-20T12:00:00+02:00");
                d.choices = List.of("DATA_SCIENCE", "DEVELOPMENT", "DESIGN");
                d.documents = new CandidacyDocuments(true, true, true);
            }
            case 5 -> {
                d.receivedAt = OffsetDateTime.parse("2021-04-10T12:00:00+02:00");
                d.choices = null; // chosen after pre-selection
                d.documents = new CandidacyDocuments(true, true, true);
            }
            default -> throw new IllegalArgumentException("promotion " + promotion);
        }
        return d;
    }

    CandidacyDraft receivedAt(String instant) {
        receivedAt = instant == null ? null : OffsetDateTime.parse(instant);
        return this;
    }

    CandidacyDraft civilServant(Boolean servant, String leavesPostOn) {
        publicService = new PublicService(servant, leavesPostOn == null ? null : LocalDate.parse(leavesPostOn));
        return this;
    }

    CandidacyDraft choices(String... names) {
        choices = names == null ? null : List.of(names);
        return this;
    }

    CandidacyDraft studies(Studies value) {
        studies = value;
        return this;
    }

    CandidacyDraft jury(Boolean value) {
        jury = value;
        return this;
    }

    CandidacyDraft naturalPerson(Boolean value) {
        applicant = new Applicant(value, applicant.name(), applicant.email());
        return this;
    }

    CandidacyDraft documents(Boolean cv, Boolean cvPdf, Boolean motivation) {
        documents = new CandidacyDocuments(cv, cvPdf, motivation);
        return this;
    }

    CandidacyDraft set(java.util.function.Consumer<CandidacyDraft> change) {
        change.accept(this);
        return this;
    }

    Candidacy build() {
        return new Candidacy(CandidacyKind.CANDIDACY, promotion, receivedAt, applicant, publicService, jury, studies,
                choices, documents);
    }
}
