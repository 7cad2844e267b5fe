package org.eigrules.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs named invariants and reports each one that fails, not only the first. */
final class InvariantRun {

    private InvariantRun() {
    }

    /**
     * Runs every invariant in order; a failure of one does not stop the others.
     *
     * @param invariants the invariants by name, in the order to run them
     * @throws AssertionError naming every invariant that failed, with its message
     */
    static void all(Map<String, Runnable> invariants) {
        List<String> failures = new ArrayList<>();
        invariants.forEach((name, invariant) -> {
            try {
                invariant.run();
            } catch (AssertionError | RuntimeException e) {
                failures.add(name + ": " + e.getMessage());
            }
        });
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " invariant(s) do not hold:\n" + String.join("\n", failures));
        }
    }
}
