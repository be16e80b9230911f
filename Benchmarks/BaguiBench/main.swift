print("bagui-bench: not yet written")
