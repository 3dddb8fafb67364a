using System.Text.Json.Nodes;

namespace Defis.Gateway.OpenApi;

/// <summary>
/// How the streaming file rpcs look over REST, where the gateway serves them (Files/): the upload takes a
/// multipart/form-data body with a part "file"; the download answers the raw bytes and honours one Range.
/// </summary>
internal static class FileTransfers
{
    public static void Describe(JsonObject operation, JsonArray parameters, bool upload)
    {
        var responses = operation["responses"]!.AsObject();
        if (upload)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject
                {
                    ["multipart/form-data"] = new JsonObject
                    {
                        ["schema"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["required"] = new JsonArray("file"),
                            ["properties"] = new JsonObject
                            {
                                ["file"] = new JsonObject
                                {
                                    ["type"] = "string",
                                    ["format"] = "binary",
                                    ["description"] = "Le fichier, au plus 20 Mo ; son nom est le filename (ou filename*) de la partie.",
                                },
                            },
                        },
                    },
                },
            };
            responses["413"] = new JsonObject { ["description"] = "Corps de requête trop grand (au-delà de 21 Mo)" };
            return;
        }
        parameters.Add(new JsonObject
        {
            ["name"] = "Range",
            ["in"] = "header",
            ["description"] = "Une seule plage d'octets (bytes=début-fin, bytes=début-, bytes=-n) pour reprendre un téléchargement.",
            ["schema"] = new JsonObject { ["type"] = "string" },
        });
        var bytes = new JsonObject { ["application/octet-stream"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "binary" } } };
        responses["200"] = new JsonObject { ["description"] = "Le fichier entier (son type réel en Content-Type)", ["content"] = bytes };
        responses["206"] = new JsonObject { ["description"] = "La plage demandée (Content-Range)", ["content"] = bytes.DeepClone() };
        responses["416"] = new JsonObject { ["description"] = "Plage en dehors du fichier (Content-Range: bytes */taille)" };
    }
}
