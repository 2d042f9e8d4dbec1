package org.lacrima.core.archfixture;

import picocli.CommandLine;

/** Test fixture: a class in a core package that uses a CLI framework, which the architecture rule must reject. */
public final class CoreClassThatImportsAFramework {
    public int run(String... args) {
        return new CommandLine(new Object()).execute(args);
    }
}
