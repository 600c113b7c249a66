package org.habeas.ledger.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the verifier: its exit status and what it printed. */
record VerifierRun(int status, String output) {

  /** Runs the verifier with these arguments. */
  static VerifierRun of(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int status =
        Verifier.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    var run =
        new VerifierRun(
            status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    System.out.println(run); // the report, for whoever reads the test log
    return run;
  }

  /** Runs the verifier on a database. */
  static VerifierRun onDatabase(
      String vkey, Path trusted, String url, String user, String password, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--vkey",
                vkey,
                "--trusted",
                trusted.toString(),
                "--db",
                url,
                "--db-user",
                user,
                "--db-password",
                password));
    args.addAll(List.of(more));
    return of(args.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return "exit " + status + "\n" + output;
  }
}
