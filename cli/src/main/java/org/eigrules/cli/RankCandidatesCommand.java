package org.eigrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eigrules.EigRules;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.candidacy.CandidateRanking;
import org.eigrules.decision.Language;
import org.eigrules.io.CandidacyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eig rank-candidates FILE}: the candidates' rankings per défi and profile (CND-10, CND-14). */
@Command(name = "rank-candidates", mixinStandardHelpOptions = true,
        description = {"Ranks auditioned candidates from the candidates' jury marks (JSON or YAML: promotion, and "
                + "auditions with candidate, defi, profile and scores): one list per défi and profile, best total "
                + "first; equal totals share a rank and are reported as ties, never broken.",
                "Exit status: 0 ranked, 1 invalid input, 2 usage error."})
final class RankCandidatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the rankings as one line of JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = LanguageConverter.class, description = "Language of the messages: fr (default) or en.")
    Language language;

    @Parameters(index = "0", paramLabel = "FILE", description = "The jury's marks: .json, .yaml or .yml.")
    Path file;

    @Mixin
    RuleSetOption ruleSet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CandidateRanking ranking = ruleSet.load().rankCandidates(read());
            out.println(json ? json(ranking) : text(ranking));
            return 0;
        } catch (InvalidApplicationException e) {
            if (json) {
                out.println(Answers.invalid(file.toString(), e.violations(), language));
            }
            err.println(new Summary(language).invalid(file, Answers.localized(e.violations(), language)));
            return 1;
        }
    }

    private org.eigrules.candidacy.CandidateJury read() {
        return EvaluateCommand.read(file, CandidacyFiles::readJury);
    }

    private static String json(CandidateRanking ranking) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("promotion", ranking.promotion());
        ArrayNode lists = root.putArray("lists");
        for (CandidateRanking.RankedList list : ranking.lists()) {
            ObjectNode node = lists.addObject();
            node.put("defi", list.defi());
            node.put("profile", list.profile());
            ArrayNode ranked = node.putArray("ranking");
            list.ranking().forEach(r -> ranked.addObject().put("candidate", r.candidate()).put("rank", r.rank())
                    .put("total", r.total()));
            ArrayNode ties = node.putArray("ties");
            list.ties().forEach(t -> {
                ArrayNode tie = ties.addArray();
                t.forEach(tie::add);
            });
        }
        return root.toString();
    }

    private String text(CandidateRanking ranking) {
        boolean en = language == Language.EN;
        StringBuilder out = new StringBuilder();
        out.append(en ? "Candidates' rankings — promotion " : "Classements des candidats — promotion ")
                .append(ranking.promotion());
        for (CandidateRanking.RankedList list : ranking.lists()) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n").append(list.defi() == null ? "" : list.defi())
                    .append(list.defi() != null && list.profile() != null ? " — " : "")
                    .append(list.profile() == null ? "" : list.profile()).append('\n');
            for (CandidateRanking.Ranked r : list.ranking()) {
                out.append("  ").append(r.rank()).append(". ").append(r.candidate()).append(" — ").append(r.total())
                        .append('\n');
            }
            for (List<String> tie : list.ties()) {
                out.append(en ? "  tie, not broken: " : "  ex æquo, non départagés : ").append(String.join(", ", tie))
                        .append('\n');
            }
        }
        return out.toString().stripTrailing();
    }
}
