package io.dealgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.dealgraph.graphql.Sha256;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The seed files, by path relative to the seed root ({@code sources.yml}, {@code deals/x.yml},
 * {@code articles/x.txt}), read from a directory or from the classpath.
 */
public record SeedFiles(Map<String, String> contents) {

	public SeedFiles {
		contents = new TreeMap<>(contents);
	}

	public static SeedFiles fromDirectory(Path root) {
		if (!Files.isDirectory(root)) {
			throw new SeedException(java.util.List.of(root + ": not a directory of seeds"));
		}
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				String relative = root.relativize(path).toString().replace('\\', '/');
				if (relative.endsWith(".yml") || relative.endsWith(".txt")) {
					contents.put(relative, Files.readString(path, StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SeedFiles(contents);
	}

	/** Reads {@code <location>/**} from the classpath, such as {@code classpath:seeds}. */
	public static SeedFiles fromClasspath(String location) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, String> contents = new TreeMap<>();
		try {
			for (String pattern : new String[] { "/**/*.yml", "/**/*.txt" }) {
				for (Resource resource : resolver.getResources(location + pattern)) {
					String url = resource.getURL().toString();
					String marker = "/" + location.substring(location.indexOf(':') + 1) + "/";
					String relative = url.substring(url.lastIndexOf(marker) + marker.length());
					contents.put(relative, resource.getContentAsString(StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SeedFiles(contents);
	}

	/** SHA-256 over every path and content, so any edit changes it. */
	public String checksum() {
		MessageDigest digest = Sha256.digest();
		this.contents.forEach((path, content) -> {
			digest.update(path.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(content.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		});
		return HexFormat.of().formatHex(digest.digest());
	}

}
