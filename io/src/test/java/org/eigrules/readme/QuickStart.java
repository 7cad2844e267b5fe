package org.eigrules.readme;

// The README's "Quick start" example, verbatim (ReadmeJavaBlocksTest checks it).

import org.eigrules.EigRules;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Language;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.DecisionText;
import org.eigrules.model.Application;
import org.eigrules.validation.InvalidApplicationException;

import java.io.IOException;
import java.nio.file.Path;

public class QuickStart {

    public static void main(String[] args) throws IOException {         // IOException: the file cannot be read
        EigRules rules = EigRules.builtIn();                            // once; thread-safe, share it
        Path file = Path.of(args.length > 0 ? args[0] : "datajust.yaml");
        try {
            Application application = ApplicationFiles.read(file);      // JSON or YAML, by extension
            Decision decision = rules.evaluate(application);
            System.out.println(decision.verdict() + " " + decision.failedClauses());
            System.out.println(grant(decision.coFinancing()));
            System.out.println(DecisionText.summary(decision, Language.EN)); // one line, as eig prints it
        } catch (InvalidApplicationException e) {                       // from read or evaluate
            e.violations().forEach(System.err::println);                // every problem, by path
        }
    }

    /** The funder's share: an amount, a range, or not known yet. */
    static String grant(CoFinancing money) {
        if (money.grantRange() != null) {                               // promotion 5, EIGs' bands not stated
            return money.grantRange().min() + " to " + money.grantRange().max();
        }
        if (money.grantAmount() == null) {                              // the total employer cost is missing
            return "not known: the file gives no total employer cost";
        }
        return money.grantAmount().toPlainString();                     // BigDecimal, scale 2
    }
}
