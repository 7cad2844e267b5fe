package org.eigrules.engine;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The watchdog a rule folder's firing runs under: a firing still running at the time limit is
 * interrupted and left behind, and what a firing throws — an Error included — reaches the
 * evaluation, which fails that application only.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchdogTest {

    @Test
    void a_firing_past_the_limit_is_interrupted_and_left_behind() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        boolean finished = Watchdog.run(() -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }, Duration.ofMillis(200));
        assertThat(finished).isFalse();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_firing_within_the_limit_finishes() {
        assertThat(Watchdog.run(() -> { }, Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void an_error_thrown_by_a_firing_reaches_the_caller() {
        assertThat(catchThrowable(() -> Watchdog.run(() -> {
            throw new AssertionError("a rule's assertion");
        }, Duration.ofSeconds(10)))).isInstanceOf(AssertionError.class).hasMessage("a rule's assertion");
        assertThat(catchThrowable(() -> Watchdog.run(() -> {
            throw new ArithmeticException("overflow");
        }, Duration.ofSeconds(10)))).isInstanceOf(ArithmeticException.class);
    }
}
