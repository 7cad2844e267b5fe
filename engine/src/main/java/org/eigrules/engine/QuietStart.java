package org.eigrules.engine;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's start-up line ({@code HV000001: Hibernate Validator x.y.z}, at INFO)
 * out of the host application's log: a library logs nothing at INFO in normal use.
 *
 * <p>Hibernate Validator logs through JBoss Logging, which writes to {@code java.util.logging}
 * unless the application runs JBoss LogManager, Log4j 2 or Logback. For that default case this
 * raises the level of that one logger, {@code org.hibernate.validator.internal.util.Version}, to
 * WARNING, and only if the application has not set a level for it: no other logger, handler or
 * global setting changes. Applications on Logback or Log4j 2 set that logger in their own
 * configuration (Spring Boot's default configuration already sets it to WARN).
 */
final class QuietStart {

    /** Held so that java.util.logging, which keeps loggers weakly, does not drop the level set here. */
    private static final Logger HIBERNATE_VALIDATOR_VERSION =
            Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private QuietStart() {
    }

    static void hibernateValidatorVersionLine() {
        synchronized (HIBERNATE_VALIDATOR_VERSION) {
            if (HIBERNATE_VALIDATOR_VERSION.getLevel() == null) {
                HIBERNATE_VALIDATOR_VERSION.setLevel(Level.WARNING);
            }
        }
    }
}
