package org.lacrima.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code lacrima.jar}: one subcommand per job. */
@Command(name = "lacrima", mixinStandardHelpOptions = true, version = "Lacrima 0.1.0",
        description = "Finds build-ups and releases (therapeutic crying) in physiological recordings.",
        subcommands = {AnalyzeCommand.class, InfoCommand.class, ConvertCommand.class, SimulateCommand.class,
                FhirPushCommand.class, ServeCommand.class, StreamCommand.class, AccountCommand.class,
                CohortCommand.class,
                CommandLine.HelpCommand.class})
public final class LacrimaCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with the project's error handling (one line, no stack trace). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LacrimaCli());
        cl.setExecutionExceptionHandler(new OneLineErrorHandler());
        // The README writes formats in lower case; a wrong word gets one line naming the choices, not the usage.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("lacrima: " + OneLineErrorHandler.firstLine(ex)
                    + " (see: lacrima " + ex.getCommandLine().getCommandName() + " --help)");
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
