import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signatures of the two jars the JVM itself loads in a materialized product: the Equinox launcher
 * (started with {@code java -jar}) and the framework (loaded by the launcher's URL class loader). The JVM verifies a
 * signed jar on that path entry by entry as classes load (measured: about 10% of the CPU to a ready {@code lithos
 * lsp}, every command pays it) and keeps its classes out of a class-data-sharing archive. Equinox loads every other
 * bundle itself and does not verify signatures at run time; p2 checked all of them when the product was
 * materialized, so the signatures have done their work by then. Classes and manifests are left as they are.
 * <p>
 * Run by the build after the products are materialized: {@code java UnsignLaunchJars.java PRODUCTS_DIR}.
 */
public final class UnsignLaunchJars {

	private static final Pattern LAUNCH_JARS = Pattern.compile("org\\.eclipse\\.(osgi|equinox\\.launcher)_[^/]*\\.jar");
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

	public static void main(String[] args) throws IOException {
		Path products = Path.of(args[0]);
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> all = Files.newDirectoryStream(products, "*")) {
			for (Path product : all) {
				try (var plugins = Files.find(product, 6, (path, attributes) -> LAUNCH_JARS.matcher(
						path.getFileName().toString()).matches() && path.getParent().getFileName().toString().equals("plugins"))) {
					plugins.forEach(jars::add);
				}
			}
		}
		if (jars.isEmpty()) {
			throw new IllegalStateException("no launcher or framework jar under " + products);
		}
		for (Path jar : jars) {
			System.out.println((unsign(jar) ? "unsigned " : "not signed ") + products.relativize(jar));
		}
	}

	/** @return whether the jar had signature files (rewritten without them: temp file, then moved) */
	private static boolean unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned.tmp");
		boolean signed = false;
		try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : in.stream().toList()) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					signed = true;
					continue;
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				try (InputStream data = in.getInputStream(entry)) {
					data.transferTo(out);
				}
				out.closeEntry();
			}
		}
		if (signed) {
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(copy);
		}
		return signed;
	}
}
