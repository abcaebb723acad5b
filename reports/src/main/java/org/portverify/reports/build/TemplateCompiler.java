package org.portverify.reports.build;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * Compiles every {@code *.jrxml} of a directory to a {@code .jasper} file of the same base name.
 *
 * <p>Bound to the Maven {@code process-classes} phase (exec-maven-plugin), so the compiled
 * templates land in {@code target/classes/org/portverify/reports/} before tests and packaging.
 * Usage: {@code TemplateCompiler <jrxml source dir> <output dir>}.
 *
 * <p>Expressions are compiled with the Eclipse JDT compiler (jasperreports-jdt), named explicitly
 * so that a missing JDT fails the build instead of silently falling back to the JDK's javac. The
 * {@code .jasper} files still record {@code JRJavacCompiler} (from the core jar) as the class that
 * loads their pre-compiled evaluators ({@code JRJdtCompiler.getCompilerClass()} says so on
 * purpose), so the run time needs neither JDT nor a JDK, and compiles nothing.
 */
public final class TemplateCompiler {

    /** JasperReports property choosing the compiler of {@code language="java"} reports. */
    static final String JAVA_COMPILER_PROPERTY = "net.sf.jasperreports.compiler.java";
    static final String JDT_COMPILER = "net.sf.jasperreports.jdt.JRJdtCompiler";
    /**
     * A template designed on US Letter with this property set to {@code true} is also compiled on A4, as
     * {@code <name>-a4.jasper}: the same column centred on the narrower page, the same top and bottom margins on the
     * taller one. So a layout is drawn once, and what fits Letter's height fits A4's.
     */
    static final String A4_VARIANT = "org.portverify.reports.a4-variant";
    static final int A4_WIDTH = 595;
    static final int A4_HEIGHT = 842;

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <jrxml source dir> <output dir>");
        }
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        Path icc = writeSrgbProfile(Path.of(args[1]));
        System.out.println("[TemplateCompiler] compiled " + compiled.size() + " template(s) to " + args[1]
                + "; PDF/A output intent " + icc.getFileName());
    }

    /** The design laid on A4: its column centred, its top and bottom margins kept. */
    static JasperDesign onA4(JasperDesign letter) {
        int columns = letter.getColumnCount() == null ? 1 : letter.getColumnCount();
        int sides = A4_WIDTH - letter.getColumnWidth() * columns;
        if (sides < 0) {
            throw new IllegalArgumentException(letter.getName() + ": its columns are wider than A4");
        }
        letter.setName(letter.getName() + "-a4");
        letter.setPageWidth(A4_WIDTH);
        letter.setPageHeight(A4_HEIGHT);
        letter.setLeftMargin(sides / 2);
        letter.setRightMargin(sides - sides / 2);
        return letter;
    }

    /**
     * Writes the JDK's own sRGB ICC profile ({@code sRGB.pf} of java.desktop, reached through
     * {@link ICC_Profile}) as {@code sRGB.icc}: the output intent a PDF/A export embeds. Taken from the JDK at
     * build time so that no profile file has to be downloaded or kept in the repository.
     */
    public static Path writeSrgbProfile(Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path target = outputDir.resolve("sRGB.icc");
        Files.write(target, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        return target;
    }

    /**
     * Compiles each {@code .jrxml} in {@code sourceDir} (not recursive, in name order) into
     * {@code outputDir}, which is created if missing.
     *
     * @return the {@code .jasper} files written
     * @throws JRException if a template does not compile (the message names the template)
     */
    public static List<Path> compileAll(Path sourceDir, Path outputDir) throws IOException, JRException {
        if (!Files.isDirectory(sourceDir)) {
            throw new IOException("no JRXML source directory: " + sourceDir);
        }
        List<Path> sources;
        try (Stream<Path> files = Files.list(sourceDir)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".jrxml"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        if (sources.isEmpty()) {
            throw new IOException("no .jrxml file in " + sourceDir);
        }
        Files.createDirectories(outputDir);
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setProperty(JAVA_COMPILER_PROPERTY, JDT_COMPILER);
        JasperCompileManager compiler = JasperCompileManager.getInstance(context);
        List<Path> written = new ArrayList<>();
        for (Path source : sources) {
            String name = source.getFileName().toString();
            Path target = outputDir.resolve(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            try {
                JasperDesign design = JRXmlLoader.load(context, source.toFile());
                compiler.compileToFile(design, target.toString());
                written.add(target);
                if (Boolean.parseBoolean(design.getPropertiesMap().getProperty(A4_VARIANT))) {
                    Path a4 = outputDir.resolve(name.substring(0, name.length() - ".jrxml".length()) + "-a4.jasper");
                    compiler.compileToFile(onA4(design), a4.toString());
                    written.add(a4);
                }
            } catch (JRException e) {
                throw new JRException("cannot compile " + source + ": " + e.getMessage(), e);
            }
        }
        return written;
    }
}
