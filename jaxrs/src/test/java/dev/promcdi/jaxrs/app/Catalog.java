package dev.promcdi.jaxrs.app;

public class Catalog implements CatalogApi {

    @Override
    public String item(String sku) {
        return "item " + sku;
    }
}
