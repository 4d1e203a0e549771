package io.datacoolie.batch.runtime;

import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The one Weld SE container of this JVM. It is booted with {@code RegistrySingletonProvider.STATIC_INSTANCE} as its
 * id, the only container JBeret's SE artifact factory reuses (otherwise JBeret boots a second one; STACK.md §3).
 */
final class WeldBoot {
    private WeldBoot() {
    }

    /** Boots the container once per JVM; it lives until the JVM exits. Thread-safe. */
    static synchronized void ensureStarted() {
        if (WeldContainer.getRunningContainerIds().contains(RegistrySingletonProvider.STATIC_INSTANCE)) {
            return;
        }
        // No shutdown hook: it only prints a line at exit, and the container lives as long as the JVM anyway.
        new Weld(RegistrySingletonProvider.STATIC_INSTANCE).property(Weld.SHUTDOWN_HOOK_SYSTEM_PROPERTY, false)
                .initialize();
    }
}
