package dev.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic course for the benchmark and for tests of scale, the same for the same seed: lessons
 * of 600 to 1,200 words of varied Markdown (sections, lists, emphasis, code, quotes, tables,
 * callouts, links to other lessons and the glossary) in modules of about 20, with a quiz in every
 * fourth lesson and a worksheet in every eighth. The same lessons can be laid out as a Hugo site.
 */
public final class CourseGenerator {
  /** Lessons per module, as in the course the issue measured (1,000 lessons in 50 modules). */
  public static final int LESSONS_PER_MODULE = 20;

  private static final String[] WORDS = (
      "listen notice feel share moment friend partner colleague family trust repair connection empathy "
          + "pause breathe respond curious open honest gentle question answer story change pattern habit "
          + "growth together apart distance close careful kind voice face hands words silence time week "
          + "morning evening walk talk call letter meeting evening promise need want hope worry relief "
          + "understand explain describe reflect wonder remember forget learn practise try again slowly "
          + "clearly warmly quietly often rarely gently sometimes perhaps because although while after")
      .split(" ");

  private final SplittableRandom random;
  private final int lessons;
  private final int perModule;
  private final int modules;

  /** A course of {@code lessons} lessons in modules of 20, shaped by {@code seed}. */
  public CourseGenerator(int lessons, long seed) {
    this(lessons, LESSONS_PER_MODULE, seed);
  }

  /** A course of {@code lessons} lessons in modules of {@code perModule}. */
  public CourseGenerator(int lessons, int perModule, long seed) {
    this.lessons = lessons;
    this.perModule = perModule;
    this.modules = Math.max(1, (lessons + perModule - 1) / perModule);
    this.random = new SplittableRandom(seed);
  }

  /** {@code CourseGenerator LESSONS SEED CONTENT-FOLDER [HUGO-SITE-FOLDER]} */
  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[2]);
    new CourseGenerator(Integer.parseInt(args[0]), Long.parseLong(args[1])).writeAttune(content);
    if (args.length > 3) {
      writeHugo(content, Path.of(args[3]));
    }
  }

  /** Where lesson {@code n} (1-based) lives, relative to the lessons folder. */
  String lessonPath(int n) {
    int module = (n - 1) / perModule + 1;
    return String.format(Locale.ROOT, "%03d-module-%d/%04d-lesson-%d.md", module, module, n, n);
  }

  /** Writes the Attune course into {@code content} and returns the paths of the lessons, in order. */
  public List<Path> writeAttune(Path content) throws IOException {
    Files.createDirectories(content.resolve("pages"));
    Files.writeString(content.resolve("course.yml"), "title: A generated course\nid: generated\n"
        + "description: A course made by the benchmark, the same for the same seed.\n");
    Files.writeString(content.resolve("index.md"), "A course of " + lessons + " generated lessons.\n");
    Files.writeString(content.resolve("pages/glossary.md"), glossary());
    for (int m = 1; m <= modules; m++) {
      Path folder = content.resolve("lessons").resolve(String.format(Locale.ROOT, "%03d-module-%d", m, m));
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("_module.yml"), "title: Module " + m + ", " + words(2) + "\nsummary: " + sentence() + "\n");
    }
    List<Path> paths = new ArrayList<>();
    for (int n = 1; n <= lessons; n++) {
      Path file = content.resolve("lessons").resolve(lessonPath(n));
      Files.writeString(file, lesson(n));
      paths.add(file);
    }
    return paths;
  }

  /**
   * Lays out the same lessons for Hugo with a minimal theme (the module list and previous/next on
   * every lesson page), in {@code site}.
   */
  public static void writeHugo(Path content, Path site) throws IOException {
    Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(site.resolve("config.toml"), """
        baseURL = "/"
        title = "A generated course"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [markup.goldmark.renderer]
        unsafe = false
        """);
    Files.writeString(site.resolve("layouts/_default/baseof.html"), """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
        <main>{{ block "main" . }}{{ end }}</main></body></html>
        """);
    Files.writeString(site.resolve("layouts/_default/single.html"), """
        {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>
        <nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
        <nav><ol>{{ range (site.GetPage "/lessons").Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></nav>
        {{ end }}
        """);
    Files.writeString(site.resolve("layouts/_default/list.html"), """
        {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
        <ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
        """);
    Path lessonsIn = content.resolve("lessons");
    Path lessonsOut = site.resolve("content/lessons");
    Files.createDirectories(lessonsOut);
    Files.writeString(lessonsOut.resolve("_index.md"), "---\ntitle: Lessons\n---\n");
    try (var folders = Files.list(lessonsIn)) {
      for (Path folder : folders.sorted().toList()) {
        Path out = Files.createDirectories(lessonsOut.resolve(folder.getFileName()));
        String title = Files.readAllLines(folder.resolve("_module.yml")).get(0).substring("title: ".length());
        Files.writeString(out.resolve("_index.md"), "---\ntitle: \"" + title + "\"\n---\n");
        try (var files = Files.list(folder)) {
          for (Path lesson : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
            Files.copy(lesson, out.resolve(lesson.getFileName()));
          }
        }
      }
    }
    Files.createDirectories(site.resolve("content/pages"));
    Files.copy(content.resolve("pages/glossary.md"), site.resolve("content/pages/glossary.md"));
    Files.writeString(site.resolve("content/_index.md"), "---\ntitle: A generated course\n---\n" + Files.readString(content.resolve("index.md")));
  }

  private String glossary() {
    StringBuilder md = new StringBuilder("---\ntitle: Glossary\n---\n");
    for (int t = 1; t <= 20; t++) {
      md.append("\n## Term ").append(t).append("\n\n").append(sentence()).append('\n');
    }
    return md.toString();
  }

  private String lesson(int n) {
    StringBuilder md = new StringBuilder("---\ntitle: \"Lesson " + n + ": " + capitalised(words(3)) + "\"\n")
        .append("summary: ").append(sentence()).append('\n')
        .append("duration: ").append(10 + random.nextInt(5) * 5).append('\n')
        .append("weight: ").append(n).append('\n')
        .append("objectives:\n  - ").append(sentence()).append("\n  - ").append(sentence()).append('\n')
        .append("keypoints:\n  - ").append(sentence()).append("\n  - ").append(sentence()).append('\n')
        .append("---\n\n");
    int target = 600 + random.nextInt(601);
    int written = 0;
    int section = 0;
    while (written < target) {
      section++;
      md.append(section == 1 ? "## Where we start" : "## Part " + section + ": " + words(2 + random.nextInt(3))).append("\n\n");
      for (int block = 0; block < 3 && written < target; block++) {
        written += block(md, n);
      }
    }
    if (n % 4 == 0) {
      quiz(md, n);
    }
    if (n % 8 == 0) {
      worksheet(md, n);
    }
    return md.toString();
  }

  /** One block of prose; returns about how many words it added. */
  private int block(StringBuilder md, int n) {
    switch (random.nextInt(10)) {
      case 0 -> {
        for (int i = 0; i < 4; i++) {
          md.append("- ").append(sentence()).append('\n');
        }
        md.append('\n');
        return 40;
      }
      case 1 -> {
        for (int i = 1; i <= 3; i++) {
          md.append(i).append(". **").append(capitalised(words(2))).append(".** ").append(sentence()).append('\n');
        }
        md.append('\n');
        return 36;
      }
      case 2 -> {
        md.append("> ").append(sentence()).append(' ').append(sentence()).append("\n\n");
        return 20;
      }
      case 3 -> {
        md.append("| Moment | What I noticed |\n| --- | --- |\n");
        for (int i = 0; i < 3; i++) {
          md.append("| ").append(capitalised(words(2))).append(" | ").append(words(6)).append(" |\n");
        }
        md.append('\n');
        return 30;
      }
      case 4 -> {
        md.append(":::note\n").append(paragraph()).append("\n:::\n\n");
        return 60;
      }
      default -> {
        String text = paragraph();
        md.append(text).append(' ').append(link(n)).append("\n\n");
        return text.split(" ").length + 6;
      }
    }
  }

  /** A link to another lesson, the glossary, or a section of this lesson. */
  private String link(int n) {
    int kind = random.nextInt(3);
    if (kind == 0 && lessons > 1) {
      int other = 1 + random.nextInt(lessons);
      if (other != n) {
        return "See also [lesson " + other + "](../" + lessonPath(other) + ").";
      }
    }
    if (kind == 1) {
      return "Read about [term " + (1 + random.nextInt(20)) + "](../../pages/glossary.md#term-" + (1 + random.nextInt(20)) + ").";
    }
    return "Go back to [where we started](#where-we-start).";
  }

  private void quiz(StringBuilder md, int n) {
    md.append(":::quiz id=quiz-").append(n).append("\n")
        // Random words can make the right option the longest by chance; a real author would say so too.
        .append("### ").append(capitalised(words(6))).append("? {#q1 lint=false}\n")
        .append("- [x] ").append(capitalised(words(4))).append("\n\n  ").append(sentence()).append('\n')
        .append("- [ ] ").append(capitalised(words(4))).append("\n\n  ").append(sentence()).append('\n')
        .append("- [ ] ").append(capitalised(words(5))).append("\n\n")
        .append("### ").append(capitalised(words(5))).append(". {#q2 type=truefalse}\n")
        .append(n / 4 % 2 == 1 ? "- [x] True\n- [ ] False\n\n" : "- [ ] True\n- [x] False\n\n")
        .append("### One word for it {#q3 type=short}\n- [x] ").append(WORDS[random.nextInt(WORDS.length)]).append("\n\n")
        .append("### Put them in order {#q4 type=order}\n1. First\n2. Second\n3. Third\n:::\n\n");
  }

  private void worksheet(StringBuilder md, int n) {
    md.append(":::worksheet id=sheet-").append(n).append(" title=\"Reflection ").append(n).append("\"\n")
        .append("### ").append(capitalised(words(5))).append("? {#w1 kind=long lines=4}\n\n")
        .append("### How did it feel? {#w2 kind=scale min=1 max=5 low=\"Hard\" high=\"Easy\"}\n\n")
        .append("### What does each of you need? {#w3 kind=partner}\n:::\n\n");
  }

  private String paragraph() {
    StringBuilder text = new StringBuilder();
    int sentences = 3 + random.nextInt(4);
    for (int i = 0; i < sentences; i++) {
      text.append(i == 0 ? "" : " ").append(sentence());
    }
    return text.toString();
  }

  private String sentence() {
    String text = capitalised(words(6 + random.nextInt(10)));
    return switch (random.nextInt(6)) {
      case 0 -> text.replaceFirst(" (\\w+)", " *$1*") + ".";
      case 1 -> text.replaceFirst(" (\\w+)", " **$1**") + ".";
      case 2 -> text.replaceFirst(" (\\w+)", " `$1`") + ".";
      default -> text + ".";
    };
  }

  private String words(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
