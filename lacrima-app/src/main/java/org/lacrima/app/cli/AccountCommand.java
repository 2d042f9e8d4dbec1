package org.lacrima.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.Clinician;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.Database;
import org.lacrima.app.store.OwnerOnly;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lacrima account add|reset|delete EMAIL}: the administrator's way to create accounts when
 * sign-up is closed, to reset a forgotten password, and to delete an account with everything in it.
 * Works on the same data folder or database as {@code serve}, also while it runs.
 */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Create accounts, reset passwords, delete accounts (the administrator's commands).",
        subcommands = {AccountCommand.Add.class, AccountCommand.Reset.class, AccountCommand.Delete.class})
final class AccountCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options every account subcommand shares, and the way it opens the records. */
    abstract static class AccountTask implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(index = "0", paramLabel = "EMAIL", description = "The account's email address.")
        String email;

        @Option(names = "--bcrypt-cost", hidden = true, defaultValue = "12")
        int bcryptCost;

        @Override
        public Integer call() throws Exception {
            OwnerOnly.folder(store.dataDir());
            try (Database database = store.databaseUrl == null
                    ? Database.sqlite(store.dataDir().resolve("lacrima.db"))
                    : Database.fromUrl(store.databaseUrl, store.user(), store.password())) {
                Clinic clinic = new Clinic(database, Clock.systemUTC(), bcryptCost);
                return run(clinic, new ContentStore(store.dataDir().resolve("content")));
            }
        }

        abstract int run(Clinic clinic, ContentStore content) throws IOException;
    }

    /** A task that needs a new password: from an environment variable, the console, or one line of stdin. */
    abstract static class WithPassword extends AccountTask {
        @Option(names = "--password-env", description = "Environment variable holding the new password "
                + "(default: asked on the console, or read as one line from standard input).")
        String passwordEnv;

        String newPassword() throws IOException {
            if (passwordEnv != null) {
                String p = System.getenv(passwordEnv);
                if (p == null) {
                    throw new IllegalArgumentException("the environment variable " + passwordEnv + " is not set");
                }
                return p;
            }
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("New password for %s: ", email);
                return typed == null ? "" : new String(typed);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account.")
    static final class Add extends WithPassword {
        @Option(names = "--name", description = "Display name (default: the email).")
        String name;

        @Override
        int run(Clinic clinic, ContentStore content) throws IOException {
            if (clinic.accounts().signUp(email, name, newPassword()).isEmpty()) {
                throw new IllegalArgumentException("an account with the email " + email + " exists already");
            }
            System.out.println("account " + email + " created");
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Set a new password for an account; its sign-ins are closed.")
    static final class Reset extends WithPassword {
        @Override
        int run(Clinic clinic, ContentStore content) throws IOException {
            if (!clinic.accounts().resetPassword(email, newPassword())) {
                throw new IllegalArgumentException("there is no account with the email " + email);
            }
            System.out.println("password of " + email + " reset; its sign-ins were closed");
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an account with all its "
            + "clients, sessions, analyses and the uploads nothing else uses.")
    static final class Delete extends AccountTask {
        @Option(names = "--yes", required = true, description = "Confirms the deletion (it cannot be undone).")
        boolean yes;

        @Override
        int run(Clinic clinic, ContentStore content) throws IOException {
            Clinician clinician = clinic.accounts().byEmail(email)
                    .orElseThrow(() -> new IllegalArgumentException("there is no account with the email " + email));
            Clinic.ClinicianScope scope = clinic.scopedTo(clinician);
            scope.audit().record("deleted", "account", clinician.id(), "by the administrator", "command line");
            int removed = content.delete(scope.deletions().account());
            System.out.println("account " + email + " deleted with its records; " + removed + " stored file(s) removed");
            return 0;
        }
    }
}
