using Defis.Accompaniment;
using Defis.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddAccompanimentServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAccompanimentEndpoints();
app.Run();
