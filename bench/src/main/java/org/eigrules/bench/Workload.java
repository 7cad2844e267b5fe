package org.eigrules.bench;

import org.eigrules.EigRules;
import org.eigrules.model.Application;
import org.eigrules.promotion.PromotionParameters;
import org.eigrules.testkit.Breakages;
import org.eigrules.testkit.EigGenerators;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.List;

import static org.quicktheories.QuickTheory.qt;

/** The applications every benchmark evaluates: generated promotion 3 files of every verdict, from a fixed seed. */
final class Workload {

    private Workload() {
    }

    static Gen<Application> mix(PromotionParameters p) {
        return EigGenerators.eligibleApplications(p)
                .mix(EigGenerators.applications(p), 40)
                .mix(Breakages.failingExactlyOne(p).map(Breakages.Broken::broken), 20);
    }

    static List<Application> applications(int count) {
        List<Application> applications = new ArrayList<>(count);
        qt().withFixedSeed(2018).withExamples(count).forAll(mix(EigRules.builtIn().parameters(3)))
                .checkAssert(applications::add);
        return applications;
    }
}
