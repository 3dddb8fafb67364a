using Defis.Correspondence;
using Defis.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCorrespondenceServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapCorrespondenceEndpoints();
app.Run();
