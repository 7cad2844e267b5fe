package org.eigrules.ruleset;

/**
 * Where each decision's rules live: the rule package their files declare, the classpath folder of
 * the built-in ones, and the folder {@code eig init} writes them to in a rule folder. Written down
 * here only; the loader, {@code eig init}, the fingerprints and the runners read it.
 */
public enum PolicyLayout {

    /** The défi applications' rules (ADM, CHL, COM, CAL, DOC, FIN, PRI clauses) and their messages. */
    APPLICATIONS("org.eigrules.rules", "org/eigrules/rules/", "rules/"),
    /** The calls for candidates' rules. */
    CANDIDACIES("org.eigrules.candidates", "org/eigrules/candidates/", "rules/candidates/"),
    /** The selection's rules. */
    SELECTION("org.eigrules.rules.selection", "org/eigrules/rules/selection/", "rules/selection/");

    /** The built-in parameter files' classpath folder: under the library's package path, where no other jar collides. */
    public static final String PARAMETERS_RESOURCE = "org/eigrules/promotions/";
    /** The parameter files' folder in a rule folder. */
    public static final String PARAMETERS_FOLDER = "promotions/";

    private final String rulePackage;
    private final String resource;
    private final String folder;

    PolicyLayout(String rulePackage, String resource, String folder) {
        this.rulePackage = rulePackage;
        this.resource = resource;
        this.folder = folder;
    }

    /** The package the decision's rule files declare. */
    public String rulePackage() {
        return rulePackage;
    }

    /** The classpath folder of the built-in rule files, ending with a slash. */
    public String resource() {
        return resource;
    }

    /** The folder of the rule files in a rule folder, ending with a slash. */
    public String folder() {
        return folder;
    }

    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** The package a rule file's text declares; empty when it declares none. */
    public static String declaredPackage(String ruleText) {
        java.util.regex.Matcher declared = PACKAGE.matcher(ruleText);
        return declared.find() ? declared.group(1) : "";
    }

    /** The decision a rule file serves, from the package its text declares. */
    public static PolicyLayout of(String ruleText) {
        return ofPackage(declaredPackage(ruleText));
    }

    /** The decision whose rules a package holds: every package but the candidates' and the selection's holds défi rules. */
    public static PolicyLayout ofPackage(String packageName) {
        for (PolicyLayout layout : values()) {
            if (layout != APPLICATIONS && layout.rulePackage.equals(packageName)) {
                return layout;
            }
        }
        return APPLICATIONS;
    }
}
