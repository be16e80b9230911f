print("bagui")
