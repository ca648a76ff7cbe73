package io.dealgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)} and {@code nodes(ids:)}: one lookup per type asked for. */
@Controller
class NodeController {

	private final Map<String, NodeType> types;

	NodeController(List<NodeType> types) {
		this.types = types.stream().collect(Collectors.toMap(NodeType::typeName, Function.identity()));
	}

	@QueryMapping
	Object node(@Argument String id) {
		return find(List.of(id), "id").get(0);
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		return find(ids, "ids");
	}

	private List<Object> find(List<String> ids, String argument) {
		if (ids.size() > PageRequest.MAX_SIZE) {
			throw new BadInputException(argument, "may hold at most " + PageRequest.MAX_SIZE + " ids, got " + ids.size());
		}
		List<GlobalId> decoded = new ArrayList<>();
		Map<String, Set<String>> slugsByType = new LinkedHashMap<>();
		for (String id : ids) {
			GlobalId globalId = GlobalId.decode(argument, id);
			decoded.add(globalId);
			if (!this.types.containsKey(globalId.type())) {
				throw new BadInputException(argument, "is not a dealgraph id: it names no type of this API");
			}
			slugsByType.computeIfAbsent(globalId.type(), t -> new LinkedHashSet<>()).add(globalId.slug());
		}
		Map<GlobalId, Object> found = new LinkedHashMap<>();
		slugsByType.forEach((type, slugs) -> this.types.get(type)
			.findBySlugs(slugs)
			.forEach((slug, node) -> found.put(new GlobalId(type, slug), node)));
		List<Object> result = new ArrayList<>();
		decoded.forEach(id -> result.add(found.get(id)));
		return result;
	}

}
