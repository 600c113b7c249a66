package org.habeas.ledger.web;

import java.util.Base64;
import java.util.regex.Pattern;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.ReceiptCheck;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public check of a receipt printed on a detainee's copy, {@code /ledger/receipt}: the QR code
 * of each event on the copy opens it with what the copy printed (record, event number, leaf index,
 * leaf hash, the events on the copy and the checkpoint size then), and the page says whether the
 * log still holds that event unaltered and whether anything was added since. No sign-in, nothing
 * personal shown; every parameter is checked strictly (a bad one is a 400 naming it).
 */
@Controller
class ReceiptCheckPage {

  private static final Pattern RECORD =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern HASH = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,15}");
  // A record has at most a few thousand events; a log, far fewer than 10^15 entries.
  private static final long MAX_SEQ = 1_000_000;
  private static final long MAX_INDEX = 999_999_999_999_999L;

  /** The copy's facts as parsed. */
  record Printed(String record, int seq, long index, byte[] hash, int events, long size) {}

  private final MerkleLog ledger;

  ReceiptCheckPage(MerkleLog ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/ledger/receipt")
  String check(
      @RequestParam(name = "r", required = false) @Nullable String record,
      @RequestParam(name = "s", required = false) @Nullable String seq,
      @RequestParam(name = "i", required = false) @Nullable String index,
      @RequestParam(name = "h", required = false) @Nullable String hash,
      @RequestParam(name = "n", required = false) @Nullable String events,
      @RequestParam(name = "t", required = false) @Nullable String size,
      Model model) {
    var printed = parse(record, seq, index, hash, events, size);
    ReceiptCheck check =
        ledger.checkReceipt(
            printed.record(), printed.seq(), printed.index(), printed.hash(), printed.size());
    model.addAttribute("check", check);
    model.addAttribute("printed", printed);
    model.addAttribute("added", check.tied() ? check.addedSince(printed.events()) : 0);
    model.addAttribute("here", "/ledger/receipt");
    return "ledger/receipt";
  }

  static Printed parse(
      @Nullable String record,
      @Nullable String seq,
      @Nullable String index,
      @Nullable String hash,
      @Nullable String events,
      @Nullable String size) {
    if (record == null || !RECORD.matcher(record).matches()) {
      throw Problem.badField("r", "ledger.check.badRecord");
    }
    if (hash == null || !HASH.matcher(hash).matches()) {
      throw Problem.badField("h", "ledger.check.badHash");
    }
    byte[] leafHash;
    try {
      leafHash = Base64.getUrlDecoder().decode(hash);
    } catch (IllegalArgumentException e) {
      throw Problem.badField("h", "ledger.check.badHash");
    }
    long s = number("s", seq, 1, MAX_SEQ);
    long t = number("t", size, 1, MAX_INDEX + 1);
    long i = number("i", index, 0, t - 1);
    long n = number("n", events, s, MAX_SEQ);
    return new Printed(record, (int) s, i, leafHash, (int) n, t);
  }

  private static long number(String field, @Nullable String text, long min, long max) {
    if (text == null || !DIGITS.matcher(text).matches()) {
      throw Problem.badField(field, "ledger.check.badNumber");
    }
    long value = Long.parseLong(text);
    if (value < min || value > max) {
      throw Problem.badField(field, "ledger.check.badNumber");
    }
    return value;
  }
}
