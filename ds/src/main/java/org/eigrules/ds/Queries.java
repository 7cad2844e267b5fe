package org.eigrules.ds;

/**
 * The GraphQL documents the client sends. Typed answers come through fragments on the concrete
 * champ types; each {@code value} is aliased, since two fragments may not give one response name
 * two types (Boolean! and Boolean, BigInt and String…).
 */
final class Queries {

    private Queries() {
    }

    private static final String CHAMP = """
            fragment EigChamp on Champ {
              __typename
              id
              champDescriptorId
              label
              stringValue
              ... on CheckboxChamp { checked: value }
              ... on YesNoChamp { yes: value }
              ... on IntegerNumberChamp { integer: value }
              ... on DecimalNumberChamp { decimal: value }
              ... on DropDownListChamp { choice: value }
              ... on MultipleDropDownListChamp { values }
              ... on DateChamp { date }
              ... on DatetimeChamp { datetime }
              ... on PieceJustificativeChamp { files { filename } }
            }
            """;

    /** One page of a démarche's dossiers, with their answers and private annotations. */
    static final String DOSSIERS = """
            query EigDossiers($demarche: Int!, $first: Int, $after: String, $state: DossierState, $createdSince: ISO8601DateTime) {
              demarche(number: $demarche) {
                number
                dossiers(first: $first, after: $after, state: $state, createdSince: $createdSince) {
                  pageInfo { hasNextPage endCursor }
                  nodes {
                    id
                    number
                    state
                    dateDepot
                    champs {
                      ...EigChamp
                      ... on RepetitionChamp { rows { id champs { ...EigChamp } } }
                    }
                    annotations { __typename id champDescriptorId label stringValue }
                  }
                }
              }
            }
            """ + CHAMP;

    /** Sets a private text annotation. */
    static final String ANNOTATE = """
            mutation EigAnnotate($input: DossierModifierAnnotationTextInput!) {
              dossierModifierAnnotationText(input: $input) {
                annotation { id stringValue }
                errors { message }
              }
            }
            """;
}
