package io.dealgraph.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The example query library ({@code schema/examples/*.graphql}, packaged to
 * {@code classpath:static/graphiql/examples/}) as one JSON list, in file-name order, for the
 * GraphiQL page: the first example is the query GraphiQL opens with. Each file starts with a
 * {@code # } line describing it and may follow it with a {@code # variables: {...}} line, which
 * fills the variables editor and is left out of the query text.
 */
@RestController
class GraphiqlExamplesController {

	static final String LOCATION = "classpath:static/graphiql/examples/*.graphql";

	static final String VARIABLES_PREFIX = "# variables:";

	/** One example: {@code file} is served at {@code /graphiql/examples/<file>}. */
	record Example(String name, String file, String description, String query, Map<String, Object> variables) {
	}

	private final List<Example> examples;

	GraphiqlExamplesController(ResourcePatternResolver resources, JsonMapper json) throws IOException {
		List<Resource> files = new ArrayList<>(Arrays.asList(resources.getResources(LOCATION)));
		files.sort(Comparator.comparing(Resource::getFilename));
		List<Example> loaded = new ArrayList<>();
		for (Resource file : files) {
			loaded.add(parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8), json));
		}
		this.examples = List.copyOf(loaded);
	}

	static Example parse(String fileName, String text, JsonMapper json) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		if (lines.isEmpty() || !lines.get(0).startsWith("# ") || lines.get(0).substring(2).isBlank()) {
			throw new IllegalStateException("Example " + fileName + " must start with a '# ' line describing it");
		}
		String description = lines.get(0).substring(2).strip();
		Map<String, Object> variables = new LinkedHashMap<>();
		if (lines.size() > 1 && lines.get(1).startsWith(VARIABLES_PREFIX)) {
			try {
				variables = json.readValue(lines.get(1).substring(VARIABLES_PREFIX.length()), new TypeReference<>() {
				});
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Example " + fileName + " has variables that are not a JSON object", ex);
			}
			lines.remove(1);
		}
		String name = fileName.replaceFirst("\\.graphql$", "").replaceFirst("^\\d+-", "");
		return new Example(name, fileName, description, String.join("\n", lines) + "\n", variables);
	}

	@GetMapping(path = "/graphiql/examples.json", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Example> examples() {
		return this.examples;
	}

}
