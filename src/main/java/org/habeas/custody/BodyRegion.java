package org.habeas.custody;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A region of the body an injury is marked on, with where it is drawn on the front and back
 * outlines of the body map (an SVG of 200 × 420 per side). The front outline faces the viewer, so
 * the person's right side is on the viewer's left; on the back outline it is on the viewer's right.
 * Limbs and the neck are drawn on both sides and are one region each.
 */
public enum BodyRegion {
  HEAD(List.of(), List.of(ellipse(100, 34, 20, 25))),
  FACE(List.of(ellipse(100, 34, 20, 25)), List.of()),
  NECK(List.of(box(91, 58, 109, 75)), List.of(box(91, 58, 109, 75))),
  CHEST(List.of(quad(68, 75, 132, 75, 134, 145, 66, 145)), List.of()),
  ABDOMEN(List.of(quad(66, 145, 134, 145, 132, 212, 68, 212)), List.of()),
  GENITALS(List.of(tri(86, 212, 114, 212, 100, 240)), List.of()),
  BACK_UPPER(List.of(), List.of(quad(68, 75, 132, 75, 134, 145, 66, 145))),
  BACK_LOWER(List.of(), List.of(quad(66, 145, 134, 145, 132, 205, 68, 205))),
  BUTTOCKS(List.of(), List.of(quad(68, 205, 132, 205, 132, 240, 68, 240))),
  RIGHT_UPPER_ARM(left(upperArm()), right(upperArm())),
  LEFT_UPPER_ARM(right(upperArm()), left(upperArm())),
  RIGHT_FOREARM(left(forearm()), right(forearm())),
  LEFT_FOREARM(right(forearm()), left(forearm())),
  RIGHT_HAND(left(hand()), right(hand())),
  LEFT_HAND(right(hand()), left(hand())),
  RIGHT_THIGH(left(thigh()), right(thigh())),
  LEFT_THIGH(right(thigh()), left(thigh())),
  RIGHT_LOWER_LEG(left(lowerLeg()), right(lowerLeg())),
  LEFT_LOWER_LEG(right(lowerLeg()), left(lowerLeg())),
  RIGHT_FOOT(left(foot()), right(foot())),
  LEFT_FOOT(right(foot()), left(foot()));

  /** The width and height of one side's outline. */
  public static final int WIDTH = 200;

  public static final int HEIGHT = 420;

  private final List<String> front;
  private final List<String> back;

  BodyRegion(List<String> front, List<String> back) {
    this.front = front;
    this.back = back;
  }

  /** The SVG path data of the region on the front outline (empty if it is not seen there). */
  public List<String> front() {
    return front;
  }

  /** The SVG path data of the region on the back outline (empty if it is not seen there). */
  public List<String> back() {
    return back;
  }

  /** The message key of the region's name. */
  public String label() {
    return "bodymap.region." + name();
  }

  /** The region named by its code, if there is one (case as written: {@code LEFT_HAND}). */
  public static Optional<BodyRegion> of(String code) {
    return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
  }

  // --- shapes, drawn on the viewer's left and mirrored for the viewer's right ------------------

  private static List<String> upperArm() {
    return List.of(pts(68, 76, 55, 80, 43, 148, 58, 151));
  }

  private static List<String> forearm() {
    return List.of(pts(43, 150, 58, 153, 52, 220, 37, 217));
  }

  private static List<String> hand() {
    return List.of(pts(37, 219, 52, 222, 54, 236, 46, 252, 34, 246, 33, 230));
  }

  private static List<String> thigh() {
    return List.of(pts(68, 214, 86, 222, 99, 242, 96, 322, 74, 322));
  }

  private static List<String> lowerLeg() {
    return List.of(pts(74, 324, 96, 324, 93, 394, 78, 394));
  }

  private static List<String> foot() {
    return List.of(pts(78, 396, 93, 396, 95, 412, 66, 412));
  }

  /** The shapes as drawn, on the viewer's left. */
  private static List<String> left(List<String> shapes) {
    return shapes.stream().map(BodyRegion::path).toList();
  }

  /** The shapes mirrored to the viewer's right. */
  private static List<String> right(List<String> shapes) {
    return shapes.stream().map(s -> path(mirror(s))).toList();
  }

  private static String pts(int... xy) {
    var sb = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      sb.append(i == 0 ? "" : " ").append(xy[i]).append(',').append(xy[i + 1]);
    }
    return sb.toString();
  }

  private static String mirror(String points) {
    var sb = new StringBuilder();
    for (var p : points.split(" ")) {
      var xy = p.split(",");
      sb.append(sb.isEmpty() ? "" : " ")
          .append(WIDTH - Integer.parseInt(xy[0]))
          .append(',')
          .append(xy[1]);
    }
    return sb.toString();
  }

  private static String path(String points) {
    return "M" + points.replace(" ", " L") + " Z";
  }

  private static String box(int x1, int y1, int x2, int y2) {
    return path(pts(x1, y1, x2, y1, x2, y2, x1, y2));
  }

  private static String quad(int... xy) {
    return path(pts(xy));
  }

  private static String tri(int... xy) {
    return path(pts(xy));
  }

  private static String ellipse(int cx, int cy, int rx, int ry) {
    return "M" + (cx - rx) + "," + cy + " a" + rx + "," + ry + " 0 1,0 " + (2 * rx) + ",0 a" + rx
        + "," + ry + " 0 1,0 " + (-2 * rx) + ",0 Z";
  }
}
