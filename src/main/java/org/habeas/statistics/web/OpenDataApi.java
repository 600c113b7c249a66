package org.habeas.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.statistics.opendata.DatasetFormats;
import org.habeas.statistics.opendata.OpenData;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: aggregate data sets as CSV and JSON, and their versioned schema. No sign-in. */
@RestController
@Tag(name = "Open data", description = "Aggregates with small numbers suppressed; no personal data")
class OpenDataApi {

  private static final String STATE =
      "the state whose facilities are counted: kz (the default) or ew; two states are never"
          + " added up";

  private final OpenData openData;
  private final States states;
  private final Clock clock;

  OpenDataApi(OpenData openData, States states, Clock clock) {
    this.openData = openData;
    this.states = states;
    this.clock = clock;
  }

  @GetMapping("/api/v1/open-data")
  @Operation(summary = "The open data sets, each with its schema version and CSV/JSON links")
  Map<String, Object> list() {
    var sets = new ArrayList<Map<String, Object>>();
    for (var name : OpenData.NAMES) {
      var m = new LinkedHashMap<String, Object>();
      m.put("name", name);
      m.put("schemaVersion", OpenData.VERSION);
      m.put("csv", "/api/v1/open-data/" + name + ".csv");
      m.put("json", "/api/v1/open-data/" + name + ".json");
      sets.add(m);
    }
    var out = new LinkedHashMap<String, Object>();
    out.put("schema", "/api/v1/open-data/schema/v1");
    out.put("method", "/open-data");
    out.put("jurisdictions", states.all());
    out.put("datasets", sets);
    return out;
  }

  @GetMapping(value = "/api/v1/open-data/schema/v1", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The schema of every data set, version 1 (a Frictionless Data Package)")
  Map<String, Object> schema() {
    return DatasetFormats.schema();
  }

  @GetMapping("/api/v1/open-data/{dataset}.csv")
  @Operation(summary = "A data set as CSV; suppressed cells read \"suppressed\"")
  ResponseEntity<byte[]> csv(
      @PathVariable String dataset,
      @Parameter(description = "calendar year; default the current year")
          @RequestParam(required = false)
          @Nullable Integer year,
      @Parameter(description = STATE) @RequestParam(required = false)
          @Nullable String jurisdiction) {
    var state = states.required(jurisdiction);
    var d = find(dataset, year, state);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "habeas-"
                        + d.name()
                        + "-"
                        + state
                        + "-"
                        + d.year()
                        + "-v"
                        + OpenData.VERSION
                        + ".csv")
                .build()
                .toString())
        .body(DatasetFormats.csv(d).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping(
      value = "/api/v1/open-data/{dataset}.json",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A data set as JSON; suppressed cells are null")
  Map<String, Object> json(
      @PathVariable String dataset,
      @Parameter(description = "calendar year; default the current year")
          @RequestParam(required = false)
          @Nullable Integer year,
      @Parameter(description = STATE) @RequestParam(required = false)
          @Nullable String jurisdiction) {
    var state = states.required(jurisdiction);
    var d = find(dataset, year, state);
    return DatasetFormats.json(d, clock.instant().toString(), state);
  }

  private OpenData.Dataset find(String name, @Nullable Integer year, String state) {
    int now = clock.instant().atZone(ZoneOffset.UTC).getYear();
    if (year != null && (year < 2000 || year > now)) {
      throw Problem.badField("year", "field.Range", 2000, now);
    }
    var d = openData.dataset(name, year == null ? now : year, state);
    if (d == null) {
      throw Problem.notFound("stats.noSuchDataset", name);
    }
    return d;
  }

  static List<String> names() {
    return OpenData.NAMES;
  }
}
