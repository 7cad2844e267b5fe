package org.eigrules.candidacy;

/**
 * The pieces of a candidacy file (CND-9).
 *
 * @param cv         a CV, in any format
 * @param cvPdf      a CV in PDF
 * @param motivation the text on background, experience and motivation (or contribution to the chosen défis)
 */
public record CandidacyDocuments(Boolean cv, Boolean cvPdf, Boolean motivation) {

    /**
     * Whether the file holds a CV in any format: a CV in PDF is one.
     *
     * @return true when {@code cv} or {@code cvPdf} is true
     */
    public boolean hasCv() {
        return Boolean.TRUE.equals(cv) || Boolean.TRUE.equals(cvPdf);
    }

    /**
     * Whether the file holds a CV in PDF.
     *
     * @return true when {@code cvPdf} is true
     */
    public boolean hasCvPdf() {
        return Boolean.TRUE.equals(cvPdf);
    }

    /**
     * Whether the file holds the motivation text.
     *
     * @return true when {@code motivation} is true
     */
    public boolean hasMotivation() {
        return Boolean.TRUE.equals(motivation);
    }
}
